package org.followthrough.application.accounts;

import com.ibm.icu.text.SpoofChecker;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.RuleViolation;

import java.util.Locale;

/**
 * Addresses that could pass for someone else's, by ICU's spoof checker (Unicode Technical Standard #39): an address
 * whose letters mix scripts beyond what the "highly restrictive" level allows (Latin with Cyrillic or Greek, say), or
 * that has invisible characters, is refused; every other address gets a confusable skeleton, which two look-alike
 * addresses share, so the account table's unique index on it refuses the second.
 */
final class AddressLookalikes {

    private static final SpoofChecker MIXED = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.CONFUSABLE)
            .build();

    static final String LOOKS_LIKE_ANOTHER = "looks like the address of an account that already exists (letters that "
            + "look alike); use an address of your own";

    private AddressLookalikes() {
    }

    /** Refuses an address whose parts mix scripts; the local part and each label of the domain are checked apart. */
    static void requireSingleScript(EmailAddress email) {
        String shown = email.withUnicodeDomain();
        for (String part : shown.split("[@.]")) {
            if (!part.isEmpty() && MIXED.failsChecks(part)) {
                throw new RuleViolation("email", "mixes letters of different scripts (such as Latin and Cyrillic) in '"
                        + part + "'; addresses like that can pass for someone else's");
            }
        }
    }

    /** The skeleton of the address as people see it (domain in Unicode), case folded. */
    static String skeleton(String address) {
        return CONFUSABLES.getSkeleton(address.toLowerCase(Locale.ROOT));
    }
}
