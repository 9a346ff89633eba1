using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using DuckDB.NET.Data;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Baselines;

/// <summary>
/// The cohort and the ten KPI headlines (with their type-of-order splits) computed in DuckDB SQL straight from a CSV
/// table set, the way an analyst with DuckDB would: <c>read_csv</c> of each file into a table, then one query per
/// quarter (<c>Sql/kpi-return.sql</c>). It is a second implementation of the rules, written from kpi-rules.md, which
/// <c>YouthJustice.Baselines.Tests</c> holds to the engine's figures; and the baseline the end-to-end benchmarks time
/// the library against.
/// </summary>
/// <remarks>
/// It reads the table set as the interchange writer writes it: enumeration names (not YJB codes), no
/// <c>1900-01-01</c> sentinel dates, every column present. It checks nothing: bad rows are the readers' business.
/// </remarks>
public sealed class DuckDbKpiReturn : IDisposable
{
    private static readonly string ReturnSql = Resource("kpi-return.sql");
    private readonly DuckDBConnection _connection;

    private DuckDbKpiReturn(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens an in-memory database with the reference tables and reads a CSV table set into it.</summary>
    /// <param name="folder">The table set's folder.</param>
    /// <param name="threads">DuckDB worker threads; <see langword="null"/> for DuckDB's default (one per core).</param>
    /// <returns>The database, ready to compute returns.</returns>
    public static DuckDbKpiReturn ReadCsvFolder(string folder, int? threads = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var db = new DuckDbKpiReturn(connection);
        try
        {
            if (threads is { } t)
            {
                db.Execute("SET threads = " + t.ToString(CultureInfo.InvariantCulture));
            }

            db.Execute(Resource("reference.sql"));
            db.Execute(Resource("functions.sql"));
            foreach (var table in CsvTableSpec.All)
            {
                var path = Path.Combine(folder, table.Table + ".csv");
                db.Execute(File.Exists(path) ? table.ReadCsv(path) : table.CreateEmpty());
            }

            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The text of one of the baseline's SQL files (<c>reference.sql</c>, <c>functions.sql</c>, <c>kpi-return.sql</c>).</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The SQL.</returns>
    public static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("YouthJustice.Baselines.Sql." + name)
            ?? throw new ArgumentException($"No SQL resource named {name}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Computes the cohort and the ten headlines for one quarter under one definition set.</summary>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="definitions">The definition set.</param>
    /// <returns>Every figure: the cohort rows first, then each headline as a whole and by type of order.</returns>
    public IReadOnlyList<SqlFigure> Compute(ReportingQuarter quarter, DefinitionSet definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        SetVariable("first", Date(quarter.Start.Year, quarter.Start.Month, quarter.Start.Day));
        SetVariable("last", Date(quarter.End.Year, quarter.End.Month, quarter.End.Day));
        SetVariable("quarter", "'" + quarter.ToString() + "'");
        SetVariable("population_year", (quarter.FinancialYearStartYear - 1).ToString(CultureInfo.InvariantCulture));
        SetVariable("dto_from_outcome", Bool(definitions.DtoLicenceAgeFromOutcomeDate));
        SetVariable("primary_only", Bool(definitions.AccommodationPrimaryResidenceOnly));
        SetVariable("need_over_cohort", Bool(definitions.HealthHeadlineIsNeedOverCohort));
        SetVariable("wider_at_end_only", Bool(definitions.WiderServicesAtEndOnly));

        using var command = _connection.CreateCommand();
        command.CommandText = ReturnSql;
        using var reader = command.ExecuteReader();
        var figures = new List<SqlFigure>();
        while (reader.Read())
        {
            figures.Add(new SqlFigure(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return figures;
    }

    /// <summary>The rows of the SQL's reference table (<c>Sql/reference.sql</c>), by disposal name.</summary>
    /// <returns>Each disposal's row.</returns>
    public IReadOnlyDictionary<string, ReferenceRow> ReferenceRows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name, intervention_counts, type_of_order, dedup_rank, legal_outcome_group, caution_or_sentence, pre_court FROM disposal_ref";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, ReferenceRow>(StringComparer.Ordinal);
        while (reader.Read())
        {
            rows.Add(reader.GetString(0), new ReferenceRow(
                reader.GetBoolean(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetString(4),
                reader.GetBoolean(5),
                reader.GetBoolean(6)));
        }

        return rows;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static string Date(int year, int month, int day)
        => string.Create(CultureInfo.InvariantCulture, $"DATE '{year:D4}-{month:D2}-{day:D2}'");

    private static string Bool(bool value) => value ? "true" : "false";

    private void SetVariable(string name, string literal) => Execute($"SET VARIABLE {name} = {literal}");

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
