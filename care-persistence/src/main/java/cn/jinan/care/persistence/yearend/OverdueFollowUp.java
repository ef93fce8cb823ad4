package cn.jinan.care.persistence.yearend;

import java.time.LocalDate;
import java.util.List;

/**
 * A casualty family whose follow-up (R28-FAMILY-FOLLOW-UP, 第28条) is past due: the case, the member who died on duty,
 * the family and the person responsible for them, the last follow-up that counted (none yet: empty), the due date and
 * by how many days it is late.
 */
public record OverdueFollowUp(long caseId, long obligationId, long memberId, String memberName,
        String organizationName, LocalDate diedOn, List<FamilyContact> family, String responsiblePerson,
        String responsiblePhone, LocalDate lastFollowUp, LocalDate dueDate, long daysOverdue) {
}
