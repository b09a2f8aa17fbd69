package vn.valuechain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every message key exists in both languages, every key a template names exists, and no template shows
 * text of its own: visible words come from the message files (data values come from the model).
 */
class MessagesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");

    /** Elements whose content Thymeleaf replaces: any text inside them is only a designer's placeholder. */
    static final Set<String> REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:field", "sec:authentication");

    /** Attributes a person reads; their literal form must be a th: version with a message. */
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");

    static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(difference(vi, en)).as("keys only in messages_vi.properties").isEmpty();
        assertThat(difference(en, vi)).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames().stream()
                            .filter(k -> p.getProperty(k).isBlank()))
                    .as("empty messages in " + file)
                    .isEmpty();
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages_vi.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literalKey.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesShowNoTextOfTheirOwn() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            found.addAll(literalText(template));
        }
        assertThat(found)
                .as("visible text written into templates instead of messages")
                .isEmpty();
    }

    static List<String> literalText(Path template) throws IOException, ParseException {
        List<String> found = new ArrayList<>();
        String name = TEMPLATES.relativize(template).toString();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Map<String, String> attributes = new HashMap<>();
        Pattern letters = Pattern.compile("\\p{L}{2,}");
        AbstractMarkupHandler handler = new AbstractMarkupHandler() {
            String element;

            @Override
            public void handleOpenElementStart(char[] b, int off, int len, int line, int col) {
                element = new String(b, off, len).toLowerCase();
                attributes.clear();
            }

            @Override
            public void handleStandaloneElementStart(char[] b, int off, int len, boolean minimized, int line, int col) {
                handleOpenElementStart(b, off, len, line, col);
            }

            @Override
            public void handleAttribute(
                    char[] b,
                    int nameOff,
                    int nameLen,
                    int nameLine,
                    int nameCol,
                    int opOff,
                    int opLen,
                    int opLine,
                    int opCol,
                    int valOff,
                    int valLen,
                    int outerOff,
                    int outerLen,
                    int valLine,
                    int valCol) {
                String attr = new String(b, nameOff, nameLen).toLowerCase();
                String value = new String(b, valOff, valLen);
                attributes.put(attr, value);
                if (VISIBLE_ATTRIBUTES.contains(attr)
                        && letters.matcher(value).find()
                        && !attributes.containsKey("th:" + attr)
                        && !"hidden".equals(attributes.get("type"))
                        // a value is read only on an input button; a <button>'s value is data sent with the form
                        && !(attr.equals("value")
                                && !(element.equals("input")
                                        && ("button".equals(attributes.get("type"))
                                                || "submit".equals(attributes.get("type")))))) {
                    found.add(name + ":" + valLine + " attribute " + attr + "=\"" + value + "\"");
                }
            }

            @Override
            public void handleOpenElementEnd(char[] b, int off, int len, int line, int col) {
                boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
                // a page hands its content to the layout with th:replace on <html>: that content is the page's own
                boolean self = (!element.equals("html") && REPLACING.stream().anyMatch(attributes::containsKey))
                        || element.equals("script")
                        || element.equals("style");
                if (!VOID.contains(element)) {
                    replaced.push(parentReplaced || self);
                }
            }

            @Override
            public void handleCloseElementEnd(char[] b, int off, int len, int line, int col) {
                if (!replaced.isEmpty()) {
                    replaced.pop();
                }
            }

            @Override
            public void handleAutoCloseElementEnd(char[] b, int off, int len, int line, int col) {
                handleCloseElementEnd(b, off, len, line, col);
            }

            @Override
            public void handleText(char[] b, int off, int len, int line, int col) {
                String text = new String(b, off, len).trim();
                boolean inReplaced = !replaced.isEmpty() && replaced.peek();
                if (!inReplaced && letters.matcher(text).find()) {
                    found.add(name + ":" + line + " text \"" + text + "\"");
                }
            }
        };
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(reader, handler);
        }
        return found;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
