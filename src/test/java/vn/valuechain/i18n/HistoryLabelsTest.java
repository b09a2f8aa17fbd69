package vn.valuechain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * "Lịch sử thay đổi" names each changed field by the key {@code <entity>.<field>} and each enumerated value
 * by {@code enum.<Type>.<NAME>}: every audited entity must have them all, in both languages.
 */
class HistoryLabelsTest {

    @Test
    void everyAuditedFieldAndEnumValueHasALabel() throws Exception {
        Set<String> vi = MessagesTest.load("messages_vi.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : auditedEntities()) {
            String entity = Character.toLowerCase(type.getSimpleName().charAt(0))
                    + type.getSimpleName().substring(1);
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (shown(f)) {
                        String key = entity + "." + f.getName();
                        if (!vi.contains(key)) {
                            missing.add(key);
                        }
                        if (f.getType().isEnum()) {
                            for (Object constant : f.getType().getEnumConstants()) {
                                String enumKey =
                                        "enum." + f.getType().getSimpleName() + "." + ((Enum<?>) constant).name();
                                if (!vi.contains(enumKey)) {
                                    missing.add(enumKey);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message keys the change history needs").isEmpty();
    }

    /** The same choice as HistoryService makes. */
    private static boolean shown(Field f) {
        return !Modifier.isStatic(f.getModifiers())
                && !f.isAnnotationPresent(Id.class)
                && !f.isAnnotationPresent(Version.class)
                && !f.isAnnotationPresent(NotAudited.class)
                && !f.isAnnotationPresent(CreatedBy.class)
                && !f.isAnnotationPresent(CreatedDate.class)
                && !f.isAnnotationPresent(LastModifiedBy.class)
                && !f.isAnnotationPresent(LastModifiedDate.class)
                && (!Collection.class.isAssignableFrom(f.getType())
                        || f.isAnnotationPresent(jakarta.persistence.ElementCollection.class));
    }

    private static List<Class<?>> auditedEntities() throws IOException, ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        List<Class<?>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.valuechain")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                types.add(type);
            }
        }
        assertThat(types).isNotEmpty();
        return types;
    }
}
