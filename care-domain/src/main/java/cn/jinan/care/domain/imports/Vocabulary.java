package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.shared.DomainException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a column accepts for each value. The first word of each value is the one the template lists; the others
 * are accepted too (English, short forms). Matching ignores case, blanks and full-width forms.
 */
public final class Vocabulary<T> {

    private final String messageKey;
    private final Map<String, T> byWord = new HashMap<>();
    private final List<String> listed = new ArrayList<>();

    /** @param messageKey the message for a word not in the vocabulary; its argument lists the words */
    public Vocabulary(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Adds a value: its listed word first, then other accepted words. */
    public Vocabulary<T> add(T value, String listedWord, String... otherWords) {
        listed.add(listedWord);
        byWord.put(normalize(listedWord), value);
        for (String word : otherWords) {
            byWord.putIfAbsent(normalize(word), value);
        }
        return this;
    }

    public Optional<T> find(String text) {
        return Optional.ofNullable(byWord.get(normalize(text)));
    }

    /**
     * The value a cell names, or {@code blank} when the cell is blank.
     *
     * @throws DomainException with this vocabulary's message key and the listed words
     */
    public T parse(String text, T blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        return find(text).orElseThrow(() -> new DomainException(messageKey, null, listedWords()));
    }

    /** The words the template lists, separated by 、. */
    public String listedWords() {
        return String.join("、", listed);
    }

    static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s", "");
    }
}
