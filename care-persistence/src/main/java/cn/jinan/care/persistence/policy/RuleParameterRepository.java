package cn.jinan.care.persistence.policy;

import cn.jinan.care.domain.policy.RuleParameter;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleParameterRepository extends JpaRepository<RuleParameter, Long> {

    List<RuleParameter> findAllByOrderByKeyAscEffectiveFromAsc();
}
