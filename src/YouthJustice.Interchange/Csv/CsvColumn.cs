namespace YouthJustice.Interchange.Csv;

/// <summary>One column of a CSV table: its name, the JSON field it carries and whether the header must have it.</summary>
/// <param name="Name">The column name, snake_case (<c>hours_offered</c>).</param>
/// <param name="Field">The JSON field name the mappers ask for (<c>hoursOffered</c>).</param>
/// <param name="Required">Whether the header must have the column (an optional column may be left out).</param>
/// <param name="Alias">Another header name read as this column (<c>id</c> for a record's own id), or <see langword="null"/>.</param>
internal sealed record CsvColumn(string Name, string Field, bool Required, string? Alias = null);
