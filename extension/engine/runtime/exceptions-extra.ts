/** The builtin exception classes beyond the core hierarchy in exceptions.ts. */
import { makeStaticType, TPFLAGS_BASETYPE, type PyType } from './type';
import * as exc from './exceptions';

function sub(name: string, base: PyType): PyType {
  return makeStaticType(name, 'exception', { base, flags: TPFLAGS_BASETYPE, dealloc: exc.BaseException.tp_dealloc });
}

export const StopAsyncIteration = sub('StopAsyncIteration', exc.Exception);
export const SyntaxError = sub('SyntaxError', exc.Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', exc.Exception);
export const PythonFinalizationError = sub('PythonFinalizationError', exc.RuntimeError);
export const UnicodeEncodeError = sub('UnicodeEncodeError', exc.UnicodeError);
export const UnicodeDecodeError = sub('UnicodeDecodeError', exc.UnicodeError);
export const UnicodeTranslateError = sub('UnicodeTranslateError', exc.UnicodeError);
export const ConnectionError = sub('ConnectionError', exc.OSError);
export const BrokenPipeError = sub('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = sub('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = sub('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = sub('ConnectionResetError', ConnectionError);
export const BlockingIOError = sub('BlockingIOError', exc.OSError);
export const ChildProcessError = sub('ChildProcessError', exc.OSError);
export const FileExistsError = sub('FileExistsError', exc.OSError);
export const FileNotFoundError = sub('FileNotFoundError', exc.OSError);
export const InterruptedError = sub('InterruptedError', exc.OSError);
export const IsADirectoryError = sub('IsADirectoryError', exc.OSError);
export const NotADirectoryError = sub('NotADirectoryError', exc.OSError);
export const PermissionError = sub('PermissionError', exc.OSError);
export const ProcessLookupError = sub('ProcessLookupError', exc.OSError);
export const TimeoutError = sub('TimeoutError', exc.OSError);
export const SyntaxWarning = sub('SyntaxWarning', exc.Warning);
export const PendingDeprecationWarning = sub('PendingDeprecationWarning', exc.Warning);
export const FutureWarning = sub('FutureWarning', exc.Warning);
export const ImportWarning = sub('ImportWarning', exc.Warning);
export const UnicodeWarning = sub('UnicodeWarning', exc.Warning);
export const BytesWarning = sub('BytesWarning', exc.Warning);
export const EncodingWarning = sub('EncodingWarning', exc.Warning);

export const EXTRA_EXCEPTIONS: readonly PyType[] = [
  StopAsyncIteration, SyntaxError, IndentationError, TabError, SystemError, PythonFinalizationError,
  UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, BlockingIOError, ChildProcessError,
  FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
  ProcessLookupError, TimeoutError, SyntaxWarning, PendingDeprecationWarning, FutureWarning, ImportWarning,
  UnicodeWarning, BytesWarning, EncodingWarning,
];
