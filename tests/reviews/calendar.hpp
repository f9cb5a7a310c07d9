#pragma once
// A calendar as libical reads it: the tasks in it and the errors libical found, RFC 5545's
// restrictions included.
#include <libical/ical.h>

#include <string>
#include <vector>

namespace ispgen::test {

// One VTODO, with its values unescaped and unfolded by libical.
struct Task {
  std::string uid;
  std::string summary;
  std::string description;
  icaltimetype due{};
  icaltimetype stamp{};
  bool has_alarm = false;
  icaltriggertype trigger{};
  bool trigger_related_to_end = false;
};

// What libical made of a calendar.
struct ParsedCalendar {
  bool parsed = false;
  bool is_calendar = false;
  int errors = 0;
  std::vector<Task> tasks;
};

inline std::string text_or_empty(const char* text) { return text ? text : ""; }

inline ParsedCalendar parse_calendar(const std::string& text) {
  ParsedCalendar out;
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  if (!calendar) return out;
  out.parsed = true;
  out.is_calendar = icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT;
  icalrestriction_check(calendar);
  out.errors = icalcomponent_count_errors(calendar);
  for (icalcomponent* todo = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); todo;
       todo = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT)) {
    Task task;
    task.uid = text_or_empty(icalcomponent_get_uid(todo));
    task.summary = text_or_empty(icalcomponent_get_summary(todo));
    task.description = text_or_empty(icalcomponent_get_description(todo));
    task.due = icalcomponent_get_due(todo);
    task.stamp = icalcomponent_get_dtstamp(todo);
    if (icalcomponent* alarm = icalcomponent_get_first_component(todo, ICAL_VALARM_COMPONENT)) {
      task.has_alarm = true;
      if (icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY)) {
        task.trigger = icalproperty_get_trigger(trigger);
        icalparameter* related = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
        task.trigger_related_to_end = related && icalparameter_get_related(related) == ICAL_RELATED_END;
      }
    }
    out.tasks.push_back(task);
  }
  icalcomponent_free(calendar);
  return out;
}

}  // namespace ispgen::test
