using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace YouthJustice.Notebooks.Tests;

/// <summary>A Polyglot Notebooks <c>.dib</c> file read as its cells: each starts at a line <c>#!kernel-name</c>.</summary>
public sealed record DibNotebook(IReadOnlyList<DibCell> Cells)
{
    /// <summary>Reads the notebook file.</summary>
    /// <param name="path">The .dib file.</param>
    /// <returns>Its cells.</returns>
    public static DibNotebook Read(string path)
    {
        var cells = new List<DibCell>();
        string? kernel = null;
        var code = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("#!", StringComparison.Ordinal) && !line.Contains(' ', StringComparison.Ordinal) && line.Length > 2)
            {
                Flush();
                kernel = line[2..];
                continue;
            }

            code.Append(line).Append('\n');
        }

        Flush();
        return new DibNotebook(cells);

        void Flush()
        {
            if (kernel is not null)
            {
                cells.Add(new DibCell(kernel, code.ToString().Trim()));
            }

            code.Clear();
        }
    }
}

/// <summary>One cell: its kernel (<c>csharp</c>, <c>markdown</c>, <c>meta</c>) and its text.</summary>
public sealed record DibCell(string Kernel, string Code);
