package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.shared.DomainException;

/**
 * A file refused as a whole before any row is checked: too large, too many rows, not a spreadsheet, damaged, a zip
 * bomb, without the columns the format needs. It carries a message key, so the page says why in the user's language.
 */
public class ImportFileException extends DomainException {

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
