package cn.jinan.care.web.demo;

import java.util.List;

/**
 * What {@link DemoDataGenerator} makes: organizations with parents before children, members in organization order,
 * events in date order.
 */
public record DemoDataset(List<OrgSeed> organizations, List<MemberSeed> members, List<EventSeed> events) {
}
