package uk.scrutiny.domain.partnership;

import uk.scrutiny.domain.common.Text;

/** The safeguarding children partnership this installation serves, e.g. Salford Safeguarding Children Partnership. */
public record Partnership(String name, String shortName, String area, long version) {

    public Partnership {
        name = Text.required(name, "The partnership's name", 200);
        shortName = Text.required(shortName, "The partnership's short name", 20);
        area = Text.required(area, "The partnership's area", 100);
    }
}
