using nietras.SeparatedValues;
using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Writes a service's data as the case-level CSV table set: <c>service.csv</c> and the thirteen files of
/// spec/interchange.md and <c>hearings.csv</c> (added in 0.1.0), each with its full header even when it has no rows. Dates are ISO <c>yyyy-MM-dd</c>, no
/// value is an empty cell, enumerations are written by their PascalCase names, booleans as <c>true</c>/<c>false</c>
/// and lists of ids separated by <c>;</c>. Reading what it writes gives back equal data.
/// </summary>
public static class CaseLevelCsvWriter
{
    /// <summary>Writes the table set into <paramref name="folder"/> (created if needed), replacing files of the same names.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="folder">The folder.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="ArgumentException">An offence id in a list contains <c>;</c>, the CSV list separator.</exception>
    public static void WriteFolder(ServiceData data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        Write(Path.Combine(folder, CsvLayout.ServiceFile), CsvLayout.ServiceSpec, [new() { ["code"] = data.Code.Value, ["name"] = data.Name }]);
        // interventions.csv's release_date (added in 0.1.0) is written only when some intervention records a release
        // date, so that a table set without one is written byte for byte as before (decision K7-5).
        var anyRelease = data.Children.Any(c => c.Interventions.Any(i => i.ReleaseDate is not null));
        foreach (var spec in CsvLayout.All)
        {
            var columns = spec.Kind == InputItemKind.Intervention && !anyRelease
                ? spec.Columns.Where(c => c.Field != "releaseDate").ToArray()
                : spec.Columns;
            Write(Path.Combine(folder, spec.FileName), spec, Rows(spec.Kind, data), columns);
        }
    }

    private static void Write(string path, CsvTableSpec spec, IEnumerable<Dictionary<string, string?>> rows, IReadOnlyList<CsvColumn>? columns = null)
    {
        columns ??= spec.Columns;
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).ToFile(path);
        writer.Header.Add(columns.Select(c => c.Name).ToArray());
        var any = false;
        foreach (var values in rows)
        {
            any = true;
            using var row = writer.NewRow();
            foreach (var column in columns)
            {
                row[column.Name].Set(values.GetValueOrDefault(column.Field) ?? string.Empty);
            }
        }

        if (!any)
        {
            writer.Header.Write();
        }
    }

    private static IEnumerable<Dictionary<string, string?>> Rows(InputItemKind kind, ServiceData data)
    {
        if (kind == InputItemKind.Population)
        {
            return data.Populations.Select(p => new Dictionary<string, string?> { ["year"] = Number(p.Year), ["aged10To17"] = Number(p.Aged10To17) });
        }

        if (kind == InputItemKind.BoardAttendance)
        {
            return data.BoardAttendance.Select(b => new Dictionary<string, string?>
            {
                ["quarter"] = b.Quarter.ToString(), ["sector"] = b.Sector.Name, ["senior"] = Bool(b.Senior), ["delegate"] = Bool(b.Delegate),
                ["newPartner"] = Bool(b.NewPartner),
            });
        }

        return data.Children.SelectMany(child => ChildRows(kind, child).Select(row =>
        {
            row[kind == InputItemKind.Child ? "id" : RecordLayout.ChildLink] = child.Id.Value;
            return row;
        }));
    }

    private static IEnumerable<Dictionary<string, string?>> ChildRows(InputItemKind kind, ChildCase child)
    {
        switch (kind.Name)
        {
            case nameof(InputItemKind.Child):
                yield return new() { ["dateOfBirth"] = Date(child.DateOfBirth), ["sex"] = child.Sex.Name, ["ethnicity"] = child.Ethnicity.Name };
                break;
            case nameof(InputItemKind.Offence):
                foreach (var o in child.Offences)
                {
                    yield return new()
                    {
                        ["id"] = o.Id.Value, ["offenceDate"] = Date(o.OffenceDate), ["arrestDate"] = Date(o.ArrestDate), ["category"] = o.Category.Name,
                        ["seriousness"] = Number(o.Seriousness.Value), ["knifeRelated"] = Bool(o.KnifeRelated),
                    };
                }

                break;
            case nameof(InputItemKind.Outcome):
                foreach (var o in child.Offences)
                {
                    foreach (var outcome in o.Outcomes)
                    {
                        yield return new()
                        {
                            [RecordLayout.OffenceLink] = o.Id.Value, ["date"] = Date(outcome.Date), ["outcome"] = outcome.Outcome.Name,
                            ["firstHearingDate"] = Date(outcome.FirstHearingDate), ["appealStatus"] = outcome.AppealStatus?.Name,
                            ["residentInArea"] = Bool(outcome.ResidentInArea),
                        };
                    }
                }

                break;
            case nameof(InputItemKind.Intervention):
                foreach (var i in child.Interventions)
                {
                    yield return new()
                    {
                        ["id"] = i.Id.Value, ["disposal"] = i.Disposal.Name, ["start"] = Date(i.Start), ["end"] = Date(i.End),
                        ["offenceIds"] = Ids(i.OffenceIds), ["completedSuccessfully"] = Bool(i.CompletedSuccessfully), ["releaseDate"] = Date(i.ReleaseDate),
                    };
                }

                break;
            case nameof(InputItemKind.Accommodation):
                foreach (var a in child.Accommodation)
                {
                    yield return new()
                    {
                        ["start"] = Date(a.Start), ["end"] = Date(a.End), ["type"] = a.Type.Name, ["suitability"] = a.Suitability?.Name, ["primary"] = Bool(a.Primary),
                    };
                }

                break;
            case nameof(InputItemKind.Ete):
                foreach (var e in child.Ete)
                {
                    yield return new()
                    {
                        ["start"] = Date(e.Start), ["end"] = Date(e.End), ["provision"] = e.Provision.Name, ["suitability"] = e.Suitability?.Name,
                        ["hoursOffered"] = Number(e.HoursOffered), ["hoursAttended"] = Number(e.HoursAttended),
                    };
                }

                break;
            case nameof(InputItemKind.SendAln):
                foreach (var s in child.SendAln)
                {
                    yield return new() { ["start"] = Date(s.Start), ["end"] = Date(s.End), ["identified"] = Bool(s.Identified), ["formalPlan"] = Bool(s.FormalPlan) };
                }

                break;
            case nameof(InputItemKind.MentalHealth):
                foreach (var m in child.MentalHealth)
                {
                    yield return Health(m.Screened, m.Referred, m.Offered, m.AttendedStart, m.AttendedEnd, m.Intervention?.Name);
                }

                break;
            case nameof(InputItemKind.SubstanceMisuse):
                foreach (var m in child.SubstanceMisuse)
                {
                    yield return Health(m.Screened, m.Referred, m.Offered, m.AttendedStart, m.AttendedEnd, m.Intervention?.Name);
                }

                break;
            case nameof(InputItemKind.CareStatus):
                foreach (var c in child.CareStatus)
                {
                    yield return new() { ["status"] = c.Status.Name, ["start"] = Date(c.Start), ["end"] = Date(c.End) };
                }

                break;
            case nameof(InputItemKind.Hearing):
                foreach (var h in child.Hearings)
                {
                    yield return new() { ["id"] = h.Id.Value, ["date"] = Date(h.Date), ["remandDecision"] = h.RemandDecision.Name, ["offenceIds"] = Ids(h.OffenceIds) };
                }

                break;
            default:
                foreach (var v in child.Victims)
                {
                    yield return new()
                    {
                        ["id"] = v.Id.Value, ["offenceIds"] = Ids(v.OffenceIds), ["consentToContact"] = Bool(v.ConsentToContact),
                        ["engagedRestorativeJustice"] = Bool(v.EngagedRestorativeJustice), ["viewsSoughtBeforeDecision"] = Bool(v.ViewsSoughtBeforeDecision),
                        ["progressRequested"] = Bool(v.ProgressRequested), ["progressProvided"] = Bool(v.ProgressProvided),
                        ["supportRequested"] = Bool(v.SupportRequested), ["supportProvided"] = Bool(v.SupportProvided), ["contacted"] = Bool(v.Contacted),
                    };
                }

                break;
        }
    }

    private static Dictionary<string, string?> Health(LocalDate? screened, LocalDate? referred, LocalDate? offered, LocalDate? attendedStart, LocalDate? attendedEnd, string? intervention)
        => new()
        {
            ["screened"] = Date(screened), ["referred"] = Date(referred), ["offered"] = Date(offered), ["attendedStart"] = Date(attendedStart),
            ["attendedEnd"] = Date(attendedEnd), ["intervention"] = intervention,
        };

    private static string? Date(LocalDate? date) => date is { } d ? CaseMapper.Iso(d) : null;

    private static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Ids(IReadOnlyList<OffenceId> ids)
    {
        foreach (var id in ids)
        {
            if (id.Value.Contains(CsvRecord.ListSeparator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The offence id '{id}' contains '{CsvRecord.ListSeparator}', which separates the ids of a list in CSV; write this data as JSON.", nameof(ids));
            }
        }

        return string.Join(CsvRecord.ListSeparator, ids.Select(i => i.Value));
    }
}
