package ir.shenava.staff;

/** Roles combine: a person may be, say, MANAGER and CALLER at once. Names follow the glossary. */
public enum Role {
    ADMIN, CEO, SENIOR_MANAGER, MANAGER, TECHNICAL_MANAGER, SALES_EXPERT, TECHNICAL_EXPERT, CALLER, QUALITY_MANAGER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles among granted authority names (e.g. a signed-in user's), in enum order. */
    public static java.util.Set<Role> fromAuthorities(java.util.Collection<String> authorities) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role r : values()) {
            if (authorities.contains(r.authority())) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** Message key of the role's name in the UI. */
    public String messageKey() {
        return "role." + name();
    }
}
