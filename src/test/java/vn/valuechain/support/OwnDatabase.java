package vn.valuechain.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link IntegrationTest} whose records are committed (change history, stale edits, imports, deletes) runs on a
 * database of its own on the same server, so that the classes sharing the common database, which count what is in
 * it, never see them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OwnDatabase {}
