// The namespaces nearly every reader and writer uses: the framework's basics, System.Text.Json, and the library's
// own diagnostics (issues, counts) and records (the field-by-field readers and the mapping to the domain).
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.IO;
global using System.Linq;
global using System.Text.Json;
global using YouthJustice.Interchange.Diagnostics;
global using YouthJustice.Interchange.Records;
