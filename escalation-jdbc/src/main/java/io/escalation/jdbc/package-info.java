/**
 * JDBC persistence for escalations (PostgreSQL, MariaDB/MySQL, H2). The store itself arrives with
 * the JDBC issue; this module already builds and its tests check that every database the store
 * will support is reachable from the build.
 */
@NullMarked
package io.escalation.jdbc;

import org.jspecify.annotations.NullMarked;
