package cn.jinan.care.persistence.imports;

/**
 * A commit refused after checking the file again: some row now has an error, or the counts differ from the preview
 * the user confirmed (the roster or the register changed meanwhile). Nothing was written; the fresh preview says why.
 */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportPreview<?> preview;
    private final String messageKey;

    public ImportRefusedException(String messageKey, ImportPreview<?> preview) {
        super(messageKey);
        this.messageKey = messageKey;
        this.preview = preview;
    }

    public ImportPreview<?> preview() {
        return preview;
    }

    public String messageKey() {
        return messageKey;
    }
}
