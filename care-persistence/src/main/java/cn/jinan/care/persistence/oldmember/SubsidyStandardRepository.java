package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.oldmember.SubsidyStandard;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubsidyStandardRepository extends JpaRepository<SubsidyStandard, Long> {

    List<SubsidyStandard> findAllByOrderByYearDesc();

    Optional<SubsidyStandard> findByYear(int year);
}
