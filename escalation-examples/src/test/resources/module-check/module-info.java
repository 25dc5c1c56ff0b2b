module check {
    requires io.escalation.core;
}
