package vn.valuechain.support;

import vn.valuechain.shared.security.UnitScopedUser;

/** Signed-in users for calling services directly, without an account in the database. */
public final class ScopedUsers {

    private ScopedUsers() {}

    /** A local official (DISTRICT role) bound to the unit. */
    public static UnitScopedUser localOfficial(Long unitId) {
        return new UnitScopedUser() {
            @Override
            public String getUsername() {
                return "q-district";
            }

            @Override
            public String getDisplayName() {
                return "Cán bộ địa phương";
            }

            @Override
            public Long getUnitId() {
                return unitId;
            }

            @Override
            public String getUnitName() {
                return "Đơn vị thử";
            }

            @Override
            public boolean isDistrictUser() {
                return true;
            }
        };
    }
}
