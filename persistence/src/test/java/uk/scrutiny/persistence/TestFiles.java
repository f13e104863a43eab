package uk.scrutiny.persistence;

/** Bytes of files the tests send where they do not belong; shared with the other modules' tests. */
public final class TestFiles {

    private TestFiles() {}

    /** A Windows program: "MZ", and the "PE" signature where the header's pointer says. */
    public static byte[] windowsProgram() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }
}
