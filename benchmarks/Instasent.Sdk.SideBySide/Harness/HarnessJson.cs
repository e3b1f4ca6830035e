using System.Text.Json.Serialization;
using Instasent.Sdk.SideBySide.Wire;

namespace Instasent.Sdk.SideBySide.Harness;

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ChildResult))]
[JsonSerializable(typeof(DigestSnapshot))]
[JsonSerializable(typeof(RunReport))]
internal sealed partial class HarnessJson : JsonSerializerContext;
