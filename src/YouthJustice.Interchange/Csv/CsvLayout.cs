using System.Collections.Frozen;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// The CSV table set (spec/interchange.md): one file per kind of record, columns in snake_case of the JSON names,
/// <c>child_id</c> (and for outcomes <c>offence_id</c>) linking rows to their child (and offence). A record's own id
/// is named after its kind (<c>child_id</c> in children.csv, <c>offence_id</c>, <c>intervention_id</c>,
/// <c>victim_id</c>), so that a key has one name in every file (docs/decisions.md IX3). List fields hold their items
/// separated by <c>;</c> (<c>offence_ids</c> = <c>O1;O2</c>; IX2).
/// </summary>
internal static class CsvLayout
{
    /// <summary>The optional file naming the service (columns <c>code</c>, <c>name</c>; one row).</summary>
    internal const string ServiceFile = "service.csv";

    internal static readonly CsvTableSpec ServiceSpec = new(
        InputItemKind.Child,
        ServiceFile,
        new CsvColumn("code", "code", true),
        new CsvColumn("name", "name", true));

    private static readonly FrozenDictionary<InputItemKind, CsvTableSpec> Specs =
        InputItemKind.List.Where(kind => kind.CsvFile is not null).ToFrozenDictionary(kind => kind, Create);

    /// <summary>Every file of the table set in the order they are read and written: children first.</summary>
    internal static IEnumerable<CsvTableSpec> All => Specs.Keys.OrderBy(k => k.Value).Select(k => Specs[k]);

    internal static CsvTableSpec Spec(InputItemKind kind) => Specs[kind];

    private static CsvTableSpec Create(InputItemKind kind)
    {
        var fileName = kind.CsvFile!;
        var columns = new List<CsvColumn>();
        if (kind.Parent is not null)
        {
            columns.Add(new CsvColumn("child_id", RecordLayout.ChildLink, true));
        }

        if (kind == InputItemKind.Outcome)
        {
            columns.Add(new CsvColumn("offence_id", RecordLayout.OffenceLink, true));
        }

        foreach (var field in RecordLayout.Fields(kind).Where(f => !f.IsList))
        {
            // A record's own id is written <kind>_id (decision IX3); the plain snake_case of the JSON name, "id", is read
            // too, because that is how interchange.md's "snake_case of the JSON names" can also be read.
            var own = field.Name == "id";
            var name = own ? IdColumn(kind) : RecordLayout.SnakeCase(field.Name);
            columns.Add(new CsvColumn(name, field.Name, field.Required, own && name != "id" ? "id" : null));
        }

        return new CsvTableSpec(kind, fileName, [.. columns]);
    }

    private static string IdColumn(InputItemKind kind) => RecordLayout.SnakeCase(kind.Name) + "_id";
}
