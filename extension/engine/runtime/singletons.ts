/** None, NotImplemented and Ellipsis: immortal singletons of their own types (PEP 683). */
import { PyObject } from './object';
import { IMMORTAL_REFCNT, makeStaticType } from './type';

export const NoneType = makeStaticType('NoneType', 'other');
export const NotImplementedType = makeStaticType('NotImplementedType', 'other');
export const EllipsisType = makeStaticType('ellipsis', 'other');

function singleton(type: typeof NoneType): PyObject {
  const o = new PyObject(type);
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}

export const None = singleton(NoneType);
export const NotImplemented = singleton(NotImplementedType);
export const Ellipsis = singleton(EllipsisType);

NoneType.tp_repr = () => 'None';
NoneType.nb_bool = () => false;
NoneType.tp_hash = () => 0xfca86420;
NotImplementedType.tp_repr = () => 'NotImplemented';
EllipsisType.tp_repr = () => 'Ellipsis';
