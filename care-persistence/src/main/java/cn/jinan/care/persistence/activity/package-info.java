/**
 * Organization activities and training plans (第3、4、13、23条) within a data scope: the organizer's place in the tree
 * decides who sees an activity; posting an activity's hours goes through the study register.
 */
package cn.jinan.care.persistence.activity;
