// The namespaces nearly every domain type uses: the framework's basics, NodaTime's dates, OneOf's results,
// Ardalis.SmartEnum's closed sets and the [Source] attribute that cites each rule's guidance.
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Globalization;
global using System.Linq;
global using Ardalis.SmartEnum;
global using NodaTime;
global using OneOf;
global using YouthJustice.Domain.Sources;
