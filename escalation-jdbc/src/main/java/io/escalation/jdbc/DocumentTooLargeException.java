package io.escalation.jdbc;

/**
 * A JSON document is larger than the module stores: {@link #limitBytes()} bytes of UTF-8, the
 * core's {@link io.escalation.json.EscalationJson#MAX_DOCUMENT_BYTES}. Raised before anything is
 * sent to the database; the message gives the sizes, never the content.
 */
public final class DocumentTooLargeException extends JdbcException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final long sizeBytes;
    private final long limitBytes;

    /**
     * Creates the exception.
     *
     * @param operation the operation refused
     * @param parameter the parameter holding the document, e.g. {@code payloadJson}
     * @param sizeBytes the document's size in bytes of UTF-8
     * @param limitBytes the largest size accepted
     */
    public DocumentTooLargeException(String operation, String parameter, long sizeBytes, long limitBytes) {
        super(operation, parameter + " is " + sizeBytes + " bytes of UTF-8; documents are limited to " + limitBytes
                + " bytes");
        this.parameter = parameter;
        this.sizeBytes = sizeBytes;
        this.limitBytes = limitBytes;
    }

    /**
     * Returns the parameter holding the document.
     *
     * @return e.g. {@code payloadJson}
     */
    public String parameter() {
        return parameter;
    }

    /**
     * Returns the document's size.
     *
     * @return bytes of UTF-8
     */
    public long sizeBytes() {
        return sizeBytes;
    }

    /**
     * Returns the limit.
     *
     * @return bytes of UTF-8
     */
    public long limitBytes() {
        return limitBytes;
    }
}
