package io.escalation.callback;

import io.escalation.testkit.CallbackPlanContract;
import org.junit.jupiter.api.Nested;

/**
 * The default planner passes the callback-plan contract, and so does one that promises on the hour
 * (250 random requests per law and planner: 3,000 plans in all).
 */
class CallbackPlanContractTest extends CallbackPlanContract {

    @Override
    protected int tries() {
        return 250;
    }

    @Override
    protected CallbackPlanner planner() {
        return CallbackPlanner.builder().build();
    }

    /** A planner that promises on the hour passes it too. */
    @Nested
    class OnTheHour extends CallbackPlanContract {
        @Override
        protected CallbackPlanner planner() {
            return CallbackPlanner.builder().rounding(PromiseRounding.WHOLE_HOUR).build();
        }

        @Override
        protected PromiseRounding rounding() {
            return PromiseRounding.WHOLE_HOUR;
        }

        @Override
        protected int tries() {
            return 250;
        }
    }
}
