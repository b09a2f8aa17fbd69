package vn.valuechain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password a person chooses (or an administrator gives) must be: at least {@value #MIN_LENGTH} characters,
 * not one of the common passwords shipped with the product ({@code security/common-passwords.txt}, also with digits
 * or signs around it), not obvious (one character repeated, a run like 1234567890), and not the user's own name or
 * user name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            in.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::trim)
                    .forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }

    /** The message key of what is wrong with this password for this user, or null when it may be used. */
    public String problem(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.isBlank() || isRepeatOrRun(password)) {
            return "password.obvious";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        // "sunshine2026", "@admin123!": a common word dressed with digits and signs is still guessed first.
        String stem = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower)
                || common.contains(stem)
                || common.contains(lower.replaceAll("[^\\p{L}\\p{N}]", ""))) {
            return "password.common";
        }
        return containsName(password, username, displayName) ? "password.name" : null;
    }

    /** Every character the same, or each one step up or down from the one before (1234567890, abcdefghij). */
    private static boolean isRepeatOrRun(String password) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down || password.chars().distinct().count() <= 2;
    }

    private static boolean containsName(String password, String username, String displayName) {
        String folded = fold(password);
        if (username != null && fold(username).length() >= 3 && folded.contains(fold(username))) {
            return true;
        }
        if (displayName == null) {
            return false;
        }
        String whole = fold(displayName);
        if (whole.length() >= 3 && folded.contains(whole)) {
            return true;
        }
        // "Nguyễn Văn An" and "nguyen2026nguyen": the password made of one word of the name and digits or signs.
        String letters = folded.replaceAll("\\P{L}", "");
        for (String word : displayName.split("\\s+")) {
            if (fold(word).length() >= 3 && letters.equals(fold(word))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents, spaces or signs: "Nguyễn Văn A" and "nguyenvana" are the same name. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace('đ', 'd');
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
