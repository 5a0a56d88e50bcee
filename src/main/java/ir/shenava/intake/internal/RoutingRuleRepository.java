package ir.shenava.intake.internal;

import java.util.List;

import ir.shenava.intake.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findByChannel(Channel channel);

    java.util.Optional<RoutingRule> findByChannelAndCategoryCode(Channel channel, String categoryCode);

    java.util.Optional<RoutingRule> findByChannelAndCategoryCodeIsNull(Channel channel);
}
