package uk.scrutiny.domain.user;

/**
 * What a person does in the scrutiny cycle. Data officers and partner leads act for one agency;
 * the others for the whole partnership.
 */
public enum Role {
    BUSINESS_UNIT("Business unit officer", false),
    MANAGER("Business unit manager", false),
    SCRUTINEER("Independent scrutineer", false),
    DATA_OFFICER("Agency data officer", true),
    PARTNER_LEAD("Partner lead", true);

    private final String label;
    private final boolean actsForOneAgency;

    Role(String label, boolean actsForOneAgency) {
        this.label = label;
        this.actsForOneAgency = actsForOneAgency;
    }

    public String label() {
        return label;
    }

    /** Whether a user with this role must belong to one agency (and may act only for it). */
    public boolean actsForOneAgency() {
        return actsForOneAgency;
    }
}
