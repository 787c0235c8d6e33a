void tryFile(String path, {bool windows = false, bool directory = false}) {
  try {
    print(directory ? Uri.directory(path, windows: windows) : Uri.file(path, windows: windows));
  } on ArgumentError catch (e) {
    print(e);
  }
}

void toPath(String uri, {bool windows = false}) {
  try {
    print(Uri.parse(uri).toFilePath(windows: windows));
  } on UnsupportedError catch (e) {
    print(e);
  }
}

void main() {
  tryFile('/home/me/a b.txt');
  tryFile('rel/x y/');
  tryFile('/tmp/dir', directory: true);
  tryFile('a:b/c');
  tryFile(r'C:\Users\me\a b.txt', windows: true);
  tryFile(r'C:/mixed/slashes', windows: true);
  tryFile(r'\\server\share\x.txt', windows: true);
  tryFile(r'\root\file', windows: true);
  tryFile(r'rel\path', windows: true);
  tryFile(r'C:\tmp', windows: true, directory: true);
  tryFile(r'\\?\D:\long\path', windows: true);
  tryFile(r'\\?\UNC\server\share\y', windows: true);
  tryFile(r'C:x', windows: true);
  tryFile(r'1:\x', windows: true);
  tryFile(r'C:\a\b?c', windows: true);
  toPath('file:///C:/a/b%20c', windows: true);
  toPath('file:///C:', windows: true);
  toPath('file://server/share/x', windows: true);
  toPath('file:///root/file', windows: true);
  toPath('a/b', windows: true);
  toPath('file:///a/b%3Fc', windows: true);
  toPath('file:///a/b%2Fc');
  toPath('file:///a/b', windows: false);
  var base = Uri.base;
  print('${base.scheme} ${base.hasAuthority} ${base.path.startsWith('/')} ${base.path.endsWith('/')}');
  print(base.resolve('x.dart').toFilePath().endsWith('/x.dart'));
  Object u = Uri.parse('http://x/y');
  print(u is Uri);
  print({Uri.parse('a:b'): 1}[Uri(scheme: 'A', path: 'b')]);
}
