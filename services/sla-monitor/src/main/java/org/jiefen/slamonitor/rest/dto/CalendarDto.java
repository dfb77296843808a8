package org.jiefen.slamonitor.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A State Council holiday notice: the days off and the 调休 make-up working days of one year. */
public record CalendarDto(
    @Min(2000) @Max(2100) int year,
    @NotBlank @Size(max = 300) String notice,
    @NotNull @Size(max = 120) List<@NotNull LocalDate> holidays,
    @NotNull @Size(max = 30) List<@NotNull LocalDate> makeupWorkdays) {}
