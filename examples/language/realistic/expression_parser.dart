sealed class Token {
  const Token();
}

final class Num extends Token {
  final int value;
  const Num(this.value);
  @override
  String toString() => 'Num($value)';
}

final class Op extends Token {
  final String symbol;
  const Op(this.symbol);
  int get precedence => switch (symbol) { '+' || '-' => 1, '*' || '/' => 2, _ => 0 };
  @override
  String toString() => 'Op($symbol)';
}

final class Paren extends Token {
  final bool open;
  const Paren(this.open);
  @override
  String toString() => open ? '(' : ')';
}

class ParseError implements Exception {
  final String message;
  final int position;
  ParseError(this.message, this.position);
  @override
  String toString() => 'ParseError at $position: $message';
}

List<Token> tokenize(String src) {
  final tokens = <Token>[];
  var i = 0;
  while (i < src.length) {
    final ch = src[i];
    switch (ch) {
      case ' ':
        i++;
      case '+' || '-' || '*' || '/':
        tokens.add(Op(ch));
        i++;
      case '(' || ')':
        tokens.add(Paren(ch == '('));
        i++;
      case _ when '0123456789'.contains(ch):
        var j = i;
        while (j < src.length && '0123456789'.contains(src[j])) {
          j++;
        }
        tokens.add(Num(int.parse(src.substring(i, j))));
        i = j;
      default:
        throw ParseError('unexpected "$ch"', i);
    }
  }
  return tokens;
}

sealed class Expr {}

class Lit extends Expr {
  final int v;
  Lit(this.v);
}

class Bin extends Expr {
  final String op;
  final Expr l, r;
  Bin(this.op, this.l, this.r);
}

class Parser {
  final List<Token> tokens;
  int pos = 0;
  Parser(this.tokens);

  Expr parse([int minPrec = 1]) {
    var left = primary();
    while (pos < tokens.length) {
      final t = tokens[pos];
      if (t is! Op || t.precedence < minPrec) break;
      pos++;
      final right = parse(t.precedence + 1);
      left = Bin(t.symbol, left, right);
    }
    return left;
  }

  Expr primary() {
    if (pos >= tokens.length) throw ParseError('unexpected end', pos);
    final t = tokens[pos++];
    return switch (t) {
      Num(:final value) => Lit(value),
      Paren(open: true) => () {
          final e = parse();
          if (pos >= tokens.length || tokens[pos] is! Paren) throw ParseError('missing )', pos);
          pos++;
          return e;
        }(),
      Paren() || Op() => throw ParseError('unexpected $t', pos - 1),
    };
  }
}

int eval(Expr e) => switch (e) {
      Lit(:final v) => v,
      Bin(op: '+', :final l, :final r) => eval(l) + eval(r),
      Bin(op: '-', :final l, :final r) => eval(l) - eval(r),
      Bin(op: '*', :final l, :final r) => eval(l) * eval(r),
      Bin(op: '/', :final l, :final r) => eval(l) ~/ eval(r),
      Bin(:final op) => throw UnsupportedError('op $op'),
    };

String show(Expr e) => switch (e) {
      Lit(v: var v) => '$v',
      Bin(:var op, :var l, :var r) => '($op ${show(l)} ${show(r)})',
    };

void main() {
  print(tokenize('12 + 3*(4-1)'));
  for (final src in ['1 + 2 * 3', '(1 + 2) * 3', '100 / 7 - 2', '2 * (3 + 4) * 5', '8 / 0', '1 + ', '3 # 4', '(1 + 2']) {
    try {
      final ast = Parser(tokenize(src)).parse();
      print('$src => ${show(ast)} = ${eval(ast)}');
    } on ParseError catch (e) {
      print('$src => $e');
    } on UnsupportedError catch (e) {
      print('unsupported: ${e.message}');
    } catch (e) {
      print('$src => ${e.runtimeType}: $e');
    }
  }
  print(identical(const Op('+'), const Op('+')));
  print(const [Num(1), Op('+')] == const [Num(1), Op('+')]);
  print(identical(const {'a': Num(1)}, const {'a': Num(1)}));
}
