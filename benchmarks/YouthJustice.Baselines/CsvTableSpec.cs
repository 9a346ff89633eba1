using System.Collections.Generic;
using System.Linq;

namespace YouthJustice.Baselines;

/// <summary>One file of the CSV table set (interchange.md §3) as a DuckDB table: its columns and their SQL types.</summary>
/// <param name="Table">The table (and file) name without <c>.csv</c>.</param>
/// <param name="Columns">Each column's name and DuckDB type.</param>
internal sealed record CsvTableSpec(string Table, IReadOnlyList<(string Name, string Type)> Columns)
{
    private const string Text = "VARCHAR";
    private const string Date = "DATE";
    private const string Flag = "BOOLEAN";

    /// <summary>Every table the return reads, as the interchange writer writes them.</summary>
    public static IReadOnlyList<CsvTableSpec> All { get; } =
    [
        new("children", [("child_id", Text), ("date_of_birth", Date), ("sex", Text), ("ethnicity", Text)]),
        new("offences", [("child_id", Text), ("offence_id", Text), ("offence_date", Date), ("arrest_date", Date), ("category", Text), ("seriousness", "INTEGER"), ("knife_related", Flag)]),
        new("outcomes", [("child_id", Text), ("offence_id", Text), ("date", Date), ("outcome", Text), ("first_hearing_date", Date), ("appeal_status", Text), ("resident_in_area", Flag)]),
        new("interventions", [("child_id", Text), ("intervention_id", Text), ("disposal", Text), ("start", Date), ("end", Date), ("offence_ids", Text), ("completed_successfully", Flag)]),
        new("accommodation", [("child_id", Text), ("start", Date), ("end", Date), ("type", Text), ("suitability", Text), ("primary", Flag)]),
        new("ete", [("child_id", Text), ("start", Date), ("end", Date), ("provision", Text), ("suitability", Text), ("hours_offered", "DOUBLE"), ("hours_attended", "DOUBLE")]),
        new("send_aln", [("child_id", Text), ("start", Date), ("end", Date), ("identified", Flag), ("formal_plan", Flag)]),
        new("mental_health", [("child_id", Text), ("screened", Date), ("referred", Date), ("offered", Date), ("attended_start", Date), ("attended_end", Date), ("intervention", Text)]),
        new("substance_misuse", [("child_id", Text), ("screened", Date), ("referred", Date), ("offered", Date), ("attended_start", Date), ("attended_end", Date), ("intervention", Text)]),
        new("care_status", [("child_id", Text), ("status", Text), ("start", Date), ("end", Date)]),
        new("victims", [("child_id", Text), ("victim_id", Text), ("offence_ids", Text), ("consent_to_contact", Flag), ("engaged_restorative_justice", Flag), ("views_sought_before_decision", Flag), ("progress_requested", Flag), ("progress_provided", Flag), ("support_requested", Flag), ("support_provided", Flag), ("contacted", Flag)]),
        new("populations", [("year", "INTEGER"), ("aged_10_to_17", "BIGINT")]),
        new("board_attendance", [("quarter", Text), ("sector", Text), ("senior", Flag), ("delegate", Flag), ("new_partner", Flag)]),
    ];

    /// <summary>The statement that reads the file into the table, typing every column by name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The SQL.</returns>
    public string ReadCsv(string path)
        => $"CREATE OR REPLACE TABLE {Table} AS SELECT * FROM read_csv({Literal(path)}, header = true, types = {{{string.Join(", ", Columns.Select(c => $"{Literal(c.Name)}: {Literal(c.Type)}"))}}})";

    /// <summary>The statement that creates the table empty (its file is absent: no records of that kind).</summary>
    /// <returns>The SQL.</returns>
    public string CreateEmpty()
        => $"CREATE OR REPLACE TABLE {Table} ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\" {c.Type}"))})";

    private static string Literal(string text) => "'" + text.Replace("'", "''", System.StringComparison.Ordinal) + "'";
}
