/**
 * Organization activities (第3、4、13、23条): trainings, party-school classes, 送学, red-education trips and cultural and
 * sports activities, with their participants and the study hours an activity posts to them; and each organization's
 * annual training plan (第13条).
 */
package cn.jinan.care.domain.activity;
