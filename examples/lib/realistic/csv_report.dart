// CSV sales report: parsing quoted CSV, typed rows, aggregations, sealed
// results, extension methods, Iterable helpers from dart:core and error text.
const csv = '''
region,product,units,unit_price,date
North,"Widget, large",12,3.50,2024-01-15
South,Gadget,5,12.00,2024-01-17
North,Gadget,7,12.00,2024-02-01
East,"Thing ""Pro""",1,99.99,2024-02-03
South,Widget,30,1.25,2024-02-10
West,Gizmo,abc,5.00,2024-02-11
North,Widget,3,1.25,2024-03-01
''';

List<String> parseCsvLine(String line) {
  final fields = <String>[];
  final buf = StringBuffer();
  var quoted = false;
  for (var i = 0; i < line.length; i++) {
    final ch = line[i];
    if (quoted) {
      if (ch == '"' && i + 1 < line.length && line[i + 1] == '"') {
        buf.write('"');
        i++;
      } else if (ch == '"') {
        quoted = false;
      } else {
        buf.write(ch);
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      fields.add(buf.toString());
      buf.clear();
    } else {
      buf.write(ch);
    }
  }
  fields.add(buf.toString());
  return fields;
}

sealed class RowResult {}

final class Sale extends RowResult {
  final String region, product;
  final int units;
  final double price;
  final DateTime date;
  Sale(this.region, this.product, this.units, this.price, this.date);
  double get revenue => units * price;
}

final class BadRow extends RowResult {
  final int line;
  final String reason;
  BadRow(this.line, this.reason);
}

RowResult parseRow(int line, List<String> f) {
  try {
    return Sale(f[0], f[1], int.parse(f[2]), double.parse(f[3]), DateTime.parse(f[4]));
  } on FormatException catch (e) {
    return BadRow(line, e.message);
  }
}

extension on double {
  String get eur => '€${toStringAsFixed(2)}';
}

extension Stats on Iterable<num> {
  num get total => fold(0, (a, b) => a + b);
  double get mean => isEmpty ? double.nan : total / length;
}

void main() {
  final lines = csv.trim().split('\n');
  final header = parseCsvLine(lines.first);
  print(header);
  final results = [for (var i = 1; i < lines.length; i++) parseRow(i + 1, parseCsvLine(lines[i]))];
  final sales = results.whereType<Sale>().toList();
  for (final r in results) {
    final text = switch (r) {
      Sale(:final product, :final units) when units >= 10 => 'bulk  $product x$units',
      Sale(:final product, :final revenue) => 'sale  $product ${revenue.eur}',
      BadRow(:final line, :final reason) => 'error line $line: $reason',
    };
    print(text);
  }

  final byRegion = <String, List<Sale>>{};
  for (final s in sales) {
    (byRegion[s.region] ??= []).add(s);
  }
  final regions = byRegion.keys.toList()..sort();
  print('${'Region'.padRight(8)}${'Units'.padLeft(6)}${'Revenue'.padLeft(10)}');
  for (final region in regions) {
    final list = byRegion[region]!;
    final units = list.map((s) => s.units).total;
    final revenue = list.map((s) => s.revenue).total.toDouble();
    print('${region.padRight(8)}${units.toString().padLeft(6)}${revenue.eur.padLeft(10)}');
  }
  print('mean units: ${sales.map((s) => s.units).mean.toStringAsFixed(3)}');
  print('empty mean: ${<int>[].mean}');

  final byMonth = <int, double>{};
  for (final s in sales) {
    byMonth[s.date.month] = (byMonth[s.date.month] ?? 0) + s.revenue;
  }
  print(byMonth.map((k, v) => MapEntry('2024-${k.toString().padLeft(2, '0')}', v.eur)));
  final best = sales.reduce((a, b) => a.revenue >= b.revenue ? a : b);
  print('best: ${best.product} on ${best.date.toIso8601String().substring(0, 10)}');

  print(sales.map((s) => s.product).toSet().firstOrNull);
  print(<String>[].lastOrNull);
  print(sales.where((s) => s.region == 'East').singleOrNull?.product);
  print(sales.map((s) => s.units).elementAtOrNull(10));
  print(['a', null, 'b', null].nonNulls.toList());
  print([for (final (i, s) in sales.take(3).indexed) '$i:${s.region}']);
  print(sales.map((s) => s.product.split(' ').first.replaceAll(',', '')).toSet().join('/'));

  final products = sales.map((s) => s.product).toList();
  products.sort((a, b) => a.length != b.length ? a.length - b.length : a.compareTo(b));
  print(products);
  print(products.map((p) => p.toLowerCase()).where((p) => p.contains('widget')).length);
  print('Thing "Pro"'.contains(RegExp(r'"\w+"')));
  try {
    sales.firstWhere((s) => s.units > 1000);
  } on StateError catch (e) {
    print('StateError: ${e.message}');
  }
  try {
    [1, 2, 3].sublist(2, 1);
  } on RangeError catch (e) {
    print('RangeError ${e.start} ${e.end}');
  }
}
