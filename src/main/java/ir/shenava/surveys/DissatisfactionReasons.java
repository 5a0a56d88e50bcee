package ir.shenava.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of dissatisfaction reasons (area → reason) and the record of their use. Callers code
 * the reasons of dissatisfied survey answers, case owners the root cause when closing a case; the
 * quarterly evaluation asks {@link #counted} how often each was coded, by area and source.
 */
@Service
@Transactional(readOnly = true)
public class DissatisfactionReasons {

    private static final String SELECT = """
            select r.code, r.area_code, a.name_fa as area_fa, a.name_en as area_en, r.name_fa, r.name_en, r.active
            from dissatisfaction_reason r join dissatisfaction_area a on a.code = r.area_code""";

    private final JdbcClient jdbc;

    DissatisfactionReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every reason, active or not, in the catalogue's order. */
    public List<DissatisfactionReason> all() {
        return jdbc.sql(SELECT + " order by a.position, r.position, r.code").query(DissatisfactionReasons::reason).list();
    }

    /** The reasons that may be chosen now, in the catalogue's order. */
    public List<DissatisfactionReason> active() {
        return jdbc.sql(SELECT + " where r.active order by a.position, r.position, r.code")
                .query(DissatisfactionReasons::reason).list();
    }

    public Optional<DissatisfactionReason> find(String code) {
        return jdbc.sql(SELECT + " where r.code = ?").param(code).query(DissatisfactionReasons::reason).optional();
    }

    /**
     * Records the reasons coded for one survey or case, replacing any recorded for it before.
     *
     * @throws IllegalArgumentException when a code names no active reason
     */
    @Transactional
    public void recorded(ReasonSource source, long sourceId, Collection<String> reasonCodes, Instant at) {
        Set<String> codes = new LinkedHashSet<>(reasonCodes);
        // one look-up and one insert for all the codes, not two statements per code: a survey is completed
        // inside the caller's request (bench/README.md, calls.sh)
        Set<String> active = new java.util.HashSet<>(jdbc.sql("select code from dissatisfaction_reason where active and code = any(?)")
                .param(codes.toArray(String[]::new)).query(String.class).list());
        for (String code : codes) {
            if (!active.contains(code)) {
                throw new IllegalArgumentException("no active dissatisfaction reason " + code);
            }
        }
        jdbc.sql("delete from dissatisfaction_reason_use where source = ? and source_id = ?")
                .params(source.name(), sourceId).update();
        if (!codes.isEmpty()) {
            jdbc.sql("""
                    insert into dissatisfaction_reason_use (source, source_id, reason_code, recorded_at)
                    select ?, ?, code, ? from unnest(?::varchar[]) as c(code)""")
                    .params(source.name(), sourceId, Timestamp.from(at), codes.toArray(String[]::new)).update();
        }
    }

    /** The reasons recorded for one survey or case. */
    public List<String> recordedFor(ReasonSource source, long sourceId) {
        return jdbc.sql("select reason_code from dissatisfaction_reason_use where source = ? and source_id = ? order by reason_code")
                .params(source.name(), sourceId).query(String.class).list();
    }

    /** How many surveys and cases each reason was coded for, recorded in [from, to). */
    public List<ReasonCount> counted(Instant from, Instant to) {
        return jdbc.sql("""
                select r.area_code, u.reason_code, u.source, count(*) as n
                from dissatisfaction_reason_use u join dissatisfaction_reason r on r.code = u.reason_code
                where u.recorded_at >= ? and u.recorded_at < ?
                group by r.area_code, u.reason_code, u.source
                order by n desc, u.reason_code""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new ReasonCount(rs.getString(1), rs.getString(2), ReasonSource.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    private static DissatisfactionReason reason(ResultSet rs, int row) throws SQLException {
        return new DissatisfactionReason(rs.getString("code"), rs.getString("area_code"), rs.getString("area_fa"),
                rs.getString("area_en"), rs.getString("name_fa"), rs.getString("name_en"), rs.getBoolean("active"));
    }
}
