/**
 * Side-effect imports of the language runtime that nothing else imports by name: attributes of
 * the interpreter's objects. Imported once by the evaluation loop.
 */
import './objattrs';
import { setAttributeErrorHook } from '../runtime/abstract';
import { attributeErrorContext } from './suggest';
import './weakrefmod';

setAttributeErrorHook(attributeErrorContext);
