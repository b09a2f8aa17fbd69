package vn.valuechain.shared.security;

/**
 * What every feature needs to know of the signed-in user to scope what they see:
 * a DISTRICT user is bound to one administrative unit and sees it and everything below it.
 */
public interface UnitScopedUser {

    String getUsername();

    String getDisplayName();

    /** The unit a DISTRICT user is bound to; null for province-wide roles. */
    Long getUnitId();

    /** The name of that unit (null for province-wide roles), for saying whose figures a page or file holds. */
    String getUnitName();

    boolean isDistrictUser();
}
