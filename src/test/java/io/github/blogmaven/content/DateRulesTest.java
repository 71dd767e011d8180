package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRulesTest {

    @ParameterizedTest
    @CsvSource({
        "2024-03-18,                     UTC,           2024-03-18T00:00:00Z",
        "2024-3-8,                       UTC,           2024-03-08T00:00:00Z",
        "2024-03-18 09:30,               UTC,           2024-03-18T09:30:00Z",
        "2024-03-18 09:30:15,            UTC,           2024-03-18T09:30:15Z",
        "2024-03-18T09:30:15Z,           UTC,           2024-03-18T09:30:15Z",
        "2024-03-18 09:30:15 +0100,      UTC,           2024-03-18T08:30:15Z",
        "2024-03-18 09:30:15 -05:00,     UTC,           2024-03-18T14:30:15Z",
        "2024-03-18T09:30:15.123+02:00,  UTC,           2024-03-18T07:30:15Z",
        "2024-03-18 23:30:00 -0200,      Europe/Berlin, 2024-03-19T02:30:00+01:00",
        "2024-07-01,                     Europe/Berlin, 2024-07-01T00:00:00+02:00",
        "2024-03-18 10:00:00 UTC,        UTC,           2024-03-18T10:00:00Z"})
    void readsJekyllDates(String text, String zone, String expected) {
        assertThat(DateRules.parse(text, ZoneId.of(zone)).map(DateRules.ISO::format)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30", "18.03.2024", "2024-03-18 25:00"})
    void refusesWhatIsNotADate(String text) {
        assertThat(DateRules.parse(text, ZoneOffset.UTC)).isEmpty();
    }
}
