package cn.jinan.care.web.demo;

import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;

/** A demo event of the member with identity number {@code idNumber}. */
public record EventSeed(String idNumber, MemberEventKind kind, LocalDate date, String note) {
}
