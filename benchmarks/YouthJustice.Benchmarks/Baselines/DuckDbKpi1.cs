using System;
using System.Globalization;
using DuckDB.NET.Data;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks.Baselines;

/// <summary>
/// KPI 1's headline as one SQL query over an in-memory DuckDB database: the way an analyst with the case-level tables
/// in a column store would compute it. The cohort rules are the engine's (kpi-rules §1.2, §13.2–§13.5); the figures are
/// checked against the engine's before anything is timed.
/// </summary>
public sealed class DuckDbKpi1 : IDisposable
{
    private readonly DuckDBConnection _connection;

    private DuckDbKpi1(DuckDBConnection connection) => _connection = connection;

    /// <summary>Loads a service into a new in-memory database (children, interventions, offence links, outcomes,
    /// accommodation and the counting tables).</summary>
    /// <param name="service">The service.</param>
    /// <param name="tables">The counting tables.</param>
    /// <param name="threads">DuckDB worker threads; <see langword="null"/> for DuckDB's default (one per core).</param>
    /// <returns>The loaded database.</returns>
    public static DuckDbKpi1 Load(ServiceData service, KpiReferenceTables tables, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tables);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var db = new DuckDbKpi1(connection);
        if (threads is { } t)
        {
            db.Execute($"SET threads = {t.ToString(CultureInfo.InvariantCulture)}");
        }

        db.Execute("""
            CREATE TABLE children (child INTEGER, dob DATE);
            CREATE TABLE interventions (irow INTEGER, child INTEGER, iid VARCHAR, disposal INTEGER, start_day DATE, end_day DATE);
            CREATE TABLE links (irow INTEGER, orow INTEGER);
            CREATE TABLE offences (orow INTEGER, oid VARCHAR);
            CREATE TABLE outcomes (orow INTEGER, disposal INTEGER, outcome_day DATE, appeal INTEGER, resident BOOLEAN);
            CREATE TABLE accommodation (child INTEGER, start_day DATE, end_day DATE, suitability INTEGER, is_primary BOOLEAN);
            CREATE TABLE intervention_ref (disposal INTEGER, counts BOOLEAN);
            CREATE TABLE outcome_ref (disposal INTEGER, counts BOOLEAN, rank INTEGER);
            """);

        using (var refs = connection.CreateAppender("intervention_ref"))
        using (var outcomeRefs = connection.CreateAppender("outcome_ref"))
        {
            foreach (var d in Disposal.List)
            {
                refs.CreateRow().AppendValue(d.Value).AppendValue(tables.CountsInKpis(d)).EndRow();
                var row = tables.ForOutcome(d);
                outcomeRefs.CreateRow()
                    .AppendValue(d.Value)
                    .AppendValue(row is { CountsInKpis: true, TypeOfOrder: not null })
                    .AppendValue(row?.DedupSeriousnessRank ?? int.MaxValue)
                    .EndRow();
            }
        }

        using var children = connection.CreateAppender("children");
        using var interventions = connection.CreateAppender("interventions");
        using var links = connection.CreateAppender("links");
        using var offences = connection.CreateAppender("offences");
        using var outcomes = connection.CreateAppender("outcomes");
        using var accommodation = connection.CreateAppender("accommodation");
        int irow = 0, orow = 0;
        for (var c = 0; c < service.Children.Count; c++)
        {
            var child = service.Children[c];
            children.CreateRow().AppendValue(c).AppendValue(child.DateOfBirth?.ToDateOnly()).EndRow();
            var firstOffence = orow;
            foreach (var offence in child.Offences)
            {
                offences.CreateRow().AppendValue(orow).AppendValue(offence.Id.Value).EndRow();
                foreach (var outcome in offence.Outcomes)
                {
                    outcomes.CreateRow()
                        .AppendValue(orow)
                        .AppendValue(outcome.Outcome.Value)
                        .AppendValue(outcome.Date.ToDateOnly())
                        .AppendValue(outcome.AppealStatus?.Value ?? 0)
                        .AppendValue(outcome.ResidentInArea)
                        .EndRow();
                }

                orow++;
            }

            foreach (var intervention in child.Interventions)
            {
                interventions.CreateRow()
                    .AppendValue(irow)
                    .AppendValue(c)
                    .AppendValue(intervention.Id.Value)
                    .AppendValue(intervention.Disposal.Value)
                    .AppendValue(intervention.Start.ToDateOnly())
                    .AppendValue(intervention.End?.ToDateOnly())
                    .EndRow();
                foreach (var offenceId in intervention.OffenceIds)
                {
                    for (var o = 0; o < child.Offences.Count; o++)
                    {
                        if (child.Offences[o].Id == offenceId)
                        {
                            links.CreateRow().AppendValue(irow).AppendValue(firstOffence + o).EndRow();
                            break;
                        }
                    }
                }

                irow++;
            }

            foreach (var a in child.Accommodation)
            {
                accommodation.CreateRow()
                    .AppendValue(c)
                    .AppendValue(a.Start?.ToDateOnly())
                    .AppendValue(a.End?.ToDateOnly())
                    .AppendValue(a.EffectiveSuitability?.Value)
                    .AppendValue(a.Primary)
                    .EndRow();
            }
        }

        return db;
    }

    /// <summary>Computes the numerator and denominator of <c>kpi1.headline</c> for one quarter.</summary>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="definitions">The definition set.</param>
    /// <returns>The numerator and denominator.</returns>
    public (int Numerator, int Denominator) Headline(ReportingQuarter quarter, DefinitionSet definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        using var command = _connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new DuckDBParameter("first", quarter.Start.ToDateOnly()));
        command.Parameters.Add(new DuckDBParameter("last", quarter.End.ToDateOnly()));
        command.Parameters.Add(new DuckDBParameter("dto_from_outcome", definitions.DtoLicenceAgeFromOutcomeDate));
        command.Parameters.Add(new DuckDBParameter("dto_licence", Disposal.DetentionAndTrainingOrderLicence.Value));
        command.Parameters.Add(new DuckDBParameter("changed", AppealStatus.ChangedOnAppeal.Value));
        command.Parameters.Add(new DuckDBParameter("successful", AppealStatus.AppealSuccessful.Value));
        command.Parameters.Add(new DuckDBParameter("primary_only", definitions.AccommodationPrimaryResidenceOnly));
        command.Parameters.Add(new DuckDBParameter("suitable", Suitability.Suitable.Value));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The accommodation join is on the child alone, with the date test as a column: putting the open-ended date
    // conditions (IS NULL OR ...) into the join condition makes DuckDB fall back to a nested-loop join (20 times slower).
    // The age test is years between date of birth and the reference day, less one when the birthday (month, day) has
    // not come yet; comparing month * 100 + day gives the engine's 1 March rule for a 29 February birthday.
    private const string Sql = """
        WITH qualifying AS (
            SELECT i.child, i.iid, i.start_day, i.end_day, o.oid, oc.outcome_day, r.rank,
                   CASE WHEN $dto_from_outcome AND i.disposal = $dto_licence THEN oc.outcome_day ELSE i.start_day END AS ref_day
            FROM interventions i
            JOIN intervention_ref ir ON ir.disposal = i.disposal AND ir.counts
            JOIN links l ON l.irow = i.irow
            JOIN offences o ON o.orow = l.orow
            JOIN outcomes oc ON oc.orow = o.orow
            JOIN outcome_ref r ON r.disposal = oc.disposal AND r.counts
            WHERE i.end_day BETWEEN $first AND $last
              AND i.end_day >= DATE '2023-04-01'
              AND oc.appeal NOT IN ($changed, $successful)
              AND coalesce(oc.resident, true)
        ),
        aged AS (
            SELECT q.* FROM qualifying q JOIN children c ON c.child = q.child
            WHERE c.dob IS NOT NULL AND q.ref_day >= c.dob
              AND year(q.ref_day) - year(c.dob)
                  - CASE WHEN month(q.ref_day) * 100 + day(q.ref_day) < month(c.dob) * 100 + day(c.dob) THEN 1 ELSE 0 END
                  BETWEEN 10 AND 17
        ),
        kept AS (
            SELECT child, end_day FROM (
                SELECT child, end_day, row_number() OVER (
                    PARTITION BY child
                    ORDER BY rank, outcome_day DESC, end_day DESC, start_day DESC, iid, oid) AS rn
                FROM aged)
            WHERE rn = 1
        ),
        relevant AS (
            SELECT child, start_day, end_day, suitability FROM accommodation
            WHERE suitability IS NOT NULL AND (NOT $primary_only OR is_primary)
        ),
        joined AS (
            SELECT k.child, a.suitability,
                   a.child IS NOT NULL
                   AND (a.start_day IS NULL OR a.start_day <= k.end_day)
                   AND (a.end_day IS NULL OR a.end_day >= k.end_day) AS at_end
            FROM kept k LEFT JOIN relevant a ON a.child = k.child
        ),
        at_end AS (
            SELECT child,
                   count(*) FILTER (WHERE at_end) AS records,
                   bool_and(suitability = $suitable) FILTER (WHERE at_end) AS all_suitable
            FROM joined
            GROUP BY child
        )
        SELECT count(*) FILTER (WHERE records > 0 AND all_suitable), count(*) FROM at_end
        """;
}
