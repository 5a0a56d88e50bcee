package ir.shenava.intake.internal;

import ir.shenava.intake.Channel;
import ir.shenava.platform.DataVersion;
import ir.shenava.staff.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

/** Channel × category (null: any) → a person, or a role within an optional department. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    /** Registering a complaint reads the rules from a snapshot; any change here has it read them again. */
    static final DataVersion CHANGES = new DataVersion();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String categoryCode;
    private Long targetStaffId;
    @Enumerated(EnumType.STRING)
    private Role targetRole;
    private String departmentCode;

    protected RoutingRule() {
    }

    public RoutingRule(Channel channel, String categoryCode, Long targetStaffId, Role targetRole, String departmentCode) {
        this.channel = channel;
        this.categoryCode = categoryCode;
        this.targetStaffId = targetStaffId;
        this.targetRole = targetRole;
        this.departmentCode = departmentCode;
    }

    /**
     * The administrator points the rule elsewhere: a person, or a role (within a department). A
     * CEO-page rule names no role but the CEO (policy 6); whether a named person is a CEO is for the
     * caller to check, as only the staff module knows.
     */
    public void retarget(Long targetStaffId, Role targetRole, String departmentCode) {
        if (targetStaffId == null && targetRole == null) {
            throw new IntakeRuleException("routing.targetRequired");
        }
        if (channel == Channel.CEO_PAGE && targetRole != null && targetRole != Role.CEO) {
            throw new IntakeRuleException("routing.ceoPageCeoOnly");
        }
        this.targetStaffId = targetStaffId;
        this.targetRole = targetRole;
        this.departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    private void changed() {
        CHANGES.changed();
    }

    public Long getId() { return id; }
    public Channel getChannel() { return channel; }
    public String getCategoryCode() { return categoryCode; }
    public Long getTargetStaffId() { return targetStaffId; }
    public Role getTargetRole() { return targetRole; }
    public String getDepartmentCode() { return departmentCode; }
}
