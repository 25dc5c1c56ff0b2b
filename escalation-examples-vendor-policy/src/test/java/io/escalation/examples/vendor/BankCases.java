package io.escalation.examples.vendor;

import io.escalation.model.Category;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.RequestKind;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.Gens;
import java.util.function.UnaryOperator;

/**
 * Generated escalations a bank center sees: the test kit's escalations, half of them turned into
 * the cases the bank's rules are about (private-banking customers, harassment, complaints and
 * exceptions in the bank's categories), so the contract exercises every rule, not only the fallback.
 */
final class BankCases {

    private BankCases() {}

    /** Categories the bank's Java policy and rule set look at, plus one neither knows. */
    private static final Gen<Category> BANK_CATEGORIES = Gens.elements(
            Category.of("mis-selling", "投資信託の説明不足"),
            Category.of("personal-data", "個人情報の取り扱い"),
            Category.of("unauthorised-transfer", "身に覚えのない送金"),
            Category.of("card-fraud", "カードの不正利用"),
            Category.of("loan", "融資の条件"),
            Category.of("mortgage", "住宅ローンの返済"),
            Category.of("atm", "ATMの不具合"));

    static Gen<Escalation> escalations() {
        Gen<UnaryOperator<Escalation>> variants = Gens.oneOf(
                Gens.constant(UnaryOperator.identity()),
                Gens.constant(BankCases::privateBanking),
                Gens.combine(Gens.enums(RequestKind.class), BANK_CATEGORIES,
                        (kind, category) -> e -> about(e, kind, category)),
                Gens.combine(Gens.enums(RequestKind.class), BANK_CATEGORIES,
                        (kind, category) -> e -> privateBanking(about(e, kind, category))));
        return Gens.combine(EscalationGens.escalations(), variants, (e, variant) -> variant.apply(e));
    }

    /** The same escalation for a private-banking customer. */
    static Escalation privateBanking(Escalation e) {
        Customer c = e.customer();
        String ref = BankCenterPolicy.VIP_PREFIX + c.ref().value();
        return e.toBuilder().customer(new Customer(CustomerRef.of(ref.substring(0, Math.min(ref.length(), 64))),
                c.locale(), c.timeZone(), c.name(), c.contact(), c.reachable())).build();
    }

    /** The same escalation, of another kind and category. */
    static Escalation about(Escalation e, RequestKind kind, Category category) {
        Inquiry q = e.inquiry();
        return e.toBuilder().inquiry(new Inquiry(category, kind, q.decisionWanted(), q.concern(), q.actionsTaken(),
                q.environment(), q.background(), q.history(), q.impact())).build();
    }
}
