package ir.shenava.intake.internal;

import java.util.List;

import ir.shenava.intake.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findByChannel(Channel channel);
}
