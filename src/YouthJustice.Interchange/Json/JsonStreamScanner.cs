using System.Text.Unicode;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// Walks a JSON document's top-level object from a <see cref="Stream"/> with <see cref="Utf8JsonReader"/>, holding
/// at most one array element (one child) in memory at a time: a document of a million children is read in a buffer
/// the size of its largest child.
/// </summary>
/// <remarks>
/// The scanner is strict JSON (no comments, no trailing commas). A UTF-8 byte order mark at the start is skipped.
/// When the bytes stop being JSON, the handler is told where and nothing after that point is read: a byte stream
/// cannot be resynchronised reliably.
/// </remarks>
internal sealed class JsonStreamScanner
{
    internal const int DefaultMaxElementBytes = 16 * 1024 * 1024;
    private const int InitialBufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxElementBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private string? _arrayName;
    private int? _index;
    private long _skippedLines;

    internal JsonStreamScanner(Stream stream, int maxElementBytes = DefaultMaxElementBytes, int initialBufferBytes = InitialBufferBytes)
    {
        _stream = stream;
        _maxElementBytes = maxElementBytes;
        _buffer = new byte[Math.Max(16, initialBufferBytes)];
    }

    /// <summary>The largest the buffer grew to, in bytes (for tests of the memory bound).</summary>
    internal int PeakBufferBytes => _buffer.Length;

    internal void Scan(IJsonScanHandler handler)
    {
        try
        {
            if (!SkipLeadingWhiteSpaceAndBom())
            {
                handler.OnEmpty();
                return;
            }

            var reader = new Utf8JsonReader(Span(), _final, default);
            Read(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                handler.OnRootNotObject(reader.TokenType);
                return;
            }

            while (Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString() ?? string.Empty;
                var action = handler.OnProperty(name);
                switch (action)
                {
                    case PropertyAction.Stop:
                        return;
                    case PropertyAction.Skip:
                        Read(ref reader);
                        SkipValue(ref reader);
                        break;
                    case PropertyAction.Read:
                        if (ReadValue(ref reader, out var value) == ValueRead.Value)
                        {
                            if (!Utf8.IsValid(value.Span))
                            {
                                handler.OnElementNotUtf8(name, -1);
                                break;
                            }

                            using var document = JsonDocument.Parse(value);
                            handler.OnValue(name, document.RootElement);
                        }
                        else
                        {
                            handler.OnElementTooLarge(name, -1, _maxElementBytes);
                        }

                        break;
                    default:
                        StreamArray(ref reader, name, handler);
                        break;
                }
            }

            // Anything after the closing brace other than white space is an error; Read throws on it.
            while (Read(ref reader))
            {
            }
        }
        catch (JsonException exception)
        {
            handler.OnSyntaxError(_arrayName, _index, exception.LineNumber + 1 + _skippedLines, exception.BytePositionInLine, Plain(exception.Message));
        }
        catch (InvalidOperationException)
        {
            // A property name that is not UTF-8 text: Utf8JsonReader validates structure, not text.
            handler.OnSyntaxError(_arrayName, _index, null, null, "a property name is not UTF-8 text.");
        }
        catch (IOException exception)
        {
            handler.OnReadFailed(exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            handler.OnReadFailed(exception.Message);
        }
        catch (NotSupportedException exception)
        {
            handler.OnReadFailed(exception.Message);
        }
    }

    private void StreamArray(ref Utf8JsonReader reader, string name, IJsonScanHandler handler)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var token = reader.TokenType;
            SkipValue(ref reader);
            handler.OnNotArray(name, token);
            return;
        }

        _arrayName = name;
        var index = 0;
        while (true)
        {
            _index = index;
            var read = ReadValue(ref reader, out var element);
            if (read == ValueRead.EndArray)
            {
                break;
            }

            if (read == ValueRead.TooLarge)
            {
                handler.OnElementTooLarge(name, index, _maxElementBytes);
            }
            else if (!Utf8.IsValid(element.Span))
            {
                handler.OnElementNotUtf8(name, index);
            }
            else
            {
                using var document = JsonDocument.Parse(element);
                handler.OnElement(name, index, document.RootElement);
            }

            index++;
        }

        _arrayName = null;
        _index = null;
    }

    /// <summary>Reads the next value whole (its bytes stay in the buffer until the next read), or the end of the array.</summary>
    private ValueRead ReadValue(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            // Rebase the reader on the first unread byte, so that a refill keeps every byte of the value.
            _start += (int)reader.BytesConsumed;
            reader = new Utf8JsonReader(Span(), _final, reader.CurrentState);
            var stateBefore = reader.CurrentState;
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                value = default;
                return ValueRead.EndArray;
            }

            var tokenStart = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                // Not all of the value is in the buffer: go back to just before it, keep its bytes and read more.
                if (_end - _start >= _maxElementBytes)
                {
                    reader = new Utf8JsonReader(Span(), _final, stateBefore);
                    Read(ref reader);
                    SkipValue(ref reader);
                    value = default;
                    return ValueRead.TooLarge;
                }

                ReadMore();
                reader = new Utf8JsonReader(Span(), _final, stateBefore);
                continue;
            }

            var length = (int)reader.BytesConsumed - tokenStart;
            if (length > _maxElementBytes)
            {
                value = default;
                return ValueRead.TooLarge;
            }

            value = _buffer.AsMemory(_start + tokenStart, length);
            return ValueRead.Value;
        }
    }

    /// <summary>Skips the value whose first token the reader is on, reading more as needed but holding nothing.</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        while (Read(ref reader))
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }
        }
    }

    /// <summary>Reads the next token, refilling the buffer as needed; false only at the end of the data.</summary>
    private bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final)
            {
                return false;
            }

            _start += (int)reader.BytesConsumed;
            ReadMore();
            reader = new Utf8JsonReader(Span(), _final, reader.CurrentState);
        }

        return true;
    }

    private ReadOnlySpan<byte> Span() => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Moves the unread bytes to the front, grows the buffer when they fill it, and reads more.</summary>
    private void ReadMore()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            if (_buffer.Length >= _maxElementBytes)
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"a single value is longer than the limit of {_maxElementBytes} bytes"));
            }

            var grown = new byte[checked(_buffer.Length * 2)];
            Buffer.BlockCopy(_buffer, _start, grown, 0, unread);
            _buffer = grown;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        }

        _start = 0;
        _end = unread;
        Fill();
    }

    private void Fill()
    {
        while (_end < _buffer.Length && !_final)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
            }

            _end += read;
            if (read > 0)
            {
                return;
            }
        }
    }

    /// <summary>Skips a UTF-8 byte order mark and white space; false when nothing else is there.</summary>
    private bool SkipLeadingWhiteSpaceAndBom()
    {
        Fill();
        while (_end - _start < 3 && !_final)
        {
            Fill();
        }

        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
        }

        while (true)
        {
            while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                if (_buffer[_start] == (byte)'\n')
                {
                    _skippedLines++;
                }

                _start++;
            }

            if (_start < _end)
            {
                return true;
            }

            if (_final)
            {
                return false;
            }

            _start = 0;
            _end = 0;
            Fill();
        }
    }

    /// <summary>The parser's message without its own position suffix (the location is reported separately).</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    private enum ValueRead
    {
        Value,
        EndArray,
        TooLarge,
    }
}
