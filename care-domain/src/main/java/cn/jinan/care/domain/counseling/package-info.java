/**
 * Counseling (心理疏导, 第24条): referral, assessment, sessions, intervention, follow-up. The most restricted data of
 * the product: only users with the counseling permission whose scope covers the member see the contents.
 */
package cn.jinan.care.domain.counseling;
