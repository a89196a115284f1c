function Zx(n){const e={path:"/",name:"/",components:[],children:[]},t=new Map([["/",e]]),i=[...n].sort((s,r)=>s.path<r.path?-1:s.path>r.path?1:0);for(const s of i){const r=s.path.split("/").filter(Boolean);let o=e,a="";for(const l of r){a+="/"+l;let c=t.get(a);c||(c={path:a,name:l,components:[],children:[]},t.set(a,c),o.children.push(c)),o=c}r.length===0?e.components=s.components:o.components=s.components}return e}function Qx(n){return n.filter(e=>e.min!==null&&e.max!==null).map(e=>({name:e.name,kind:e.time_type==="sequence"?"sequence":"temporal",min:e.min,max:e.max}))}function f_(n){if(!n)return null;if(n.node==="view")return{type:"view",id:n.id,kind:n.kind,name:n.name,origin:n.origin,contents:n.contents,visible:n.visible,props:{visual_bounds:n.visual_bounds}};const e=n.children.map(f_).filter(i=>i!==null),t=n.active_tab!==null?e[n.active_tab]:void 0;return{type:"container",id:n.id,kind:n.container_kind,name:n.name??"",visible:n.visible,children:e,shares:n.column_shares??(n.container_kind==="vertical"?n.row_shares??[]:[]),rowShares:n.row_shares??[],gridColumns:n.grid_columns,activeTab:t?t.id:null}}function mu(n,e){const t=n.panels[e];return t===void 0||t==="expanded"}function ev(n){return{storeId:n.store_id,timelines:Qx(n.timelines),entityRoot:Zx(n.entities.filter(e=>e.has_data).map(e=>({path:e.path,components:e.components}))),layout:f_(n.blueprint.root),panels:{blueprint:mu(n.blueprint,"blueprint"),selection:mu(n.blueprint,"selection"),time:mu(n.blueprint,"time")}}}function tv(n,e){let t=!1;for(const i of n){const s=i.trim();if(!s)continue;const r=s.startsWith("-"),o=s.replace(/^[+-]\s*/,"");if(nv(o,e)){if(r)return!1;t=!0}}return t}function gu(n){return"/"+n.split("/").filter(Boolean).join("/")}function nv(n,e){const t=gu(e);if(n.endsWith("/**")){const i=gu(n.slice(0,-3));return i==="/"||t===i||t.startsWith(i+"/")}return gu(n)===t}function*d_(n){if(n){if(n.type==="view"){yield n;return}for(const e of n.children)yield*d_(e)}}function*za(n){if(!n||!n.visible)return;if(n.type==="view"){yield n;return}const e=n.children.filter(t=>t.visible);if(n.kind==="tabs"){const t=e.find(i=>i.id===n.activeTab)??e[0];t&&(yield*za(t));return}for(const t of e)yield*za(t)}function mc(n,e){if(!n)return null;if(n.id===e)return n;if(n.type==="container")for(const t of n.children){const i=mc(t,e);if(i)return i}return null}function Dh(n,e){if(n.type!=="container")return null;for(const t of n.children){if(t.id===e)return n;const i=Dh(t,e);if(i)return i}return null}function Xd(n,e,t){if(e===t)return!1;const i=Dh(n,e),s=Dh(n,t);if(!i||!s)return!1;const r=i.children.findIndex(c=>c.id===e),o=s.children.findIndex(c=>c.id===t),a=i.children[r],l=s.children[o];return i.children[r]=l,s.children[o]=a,i.activeTab===e&&(i.activeTab=t),s.activeTab===t&&(s.activeTab=e),!0}function p_(n,e){if(!n)return;const t=e.get(n.id);if(t&&Object.assign(n,t),n.type==="container")for(const i of n.children)p_(i,e)}const qd=30;class iv{timelines=[];timeline=null;time=0;playing=!1;loop=!1;follow=!0;speed=1;dataTimes=[];listeners=[];lastFrame=null;onChange(e){this.listeners.push(e)}emit(e){for(const t of this.listeners)t(e)}get current(){return this.timelines.find(e=>e.name===this.timeline)}setTimelines(e,t){this.timelines=e;let i=!1;if(!this.timeline||!e.some(r=>r.name===this.timeline)){const r=e.find(o=>o.name===t)??e[0];this.timeline=r?r.name:null,i=!0}const s=this.current;s&&(this.follow||i)&&(this.time=s.max),this.emit(i?"timeline":"range")}selectTimeline(e){if(e===this.timeline)return;this.timeline=e;const t=this.current;t&&(this.time=this.follow?t.max:Yd(this.time,t.min,t.max)),this.dataTimes=[],this.emit("timeline")}seek(e){const t=this.current;if(!t)return;this.follow=!1;const i=Yd(e,t.min,t.max);this.time=t.kind==="sequence"?Math.round(i):i,this.emit("time")}setFollow(){this.follow=!0,this.playing=!1;const e=this.current;e&&(this.time=e.max),this.emit("playback"),this.emit("time")}togglePlay(){if(this.playing)return this.pause();this.play()}play(){const e=this.current;e&&(this.follow=!1,this.time>=e.max&&(this.time=e.min),this.playing=!0,this.lastFrame=null,this.emit("playback"),requestAnimationFrame(t=>this.tick(t)))}pause(){this.playing=!1,this.emit("playback")}setSpeed(e){this.speed=e>0&&Number.isFinite(e)?e:1,this.emit("playback")}toggleLoop(){this.loop=!this.loop,this.emit("playback")}step(e){const t=this.current;if(!t)return;this.playing=!1;let i;this.dataTimes.length?(e>0?i=this.dataTimes.find(s=>s>this.time):i=[...this.dataTimes].reverse().find(s=>s<this.time),i===void 0&&(i=e>0?this.dataTimes[0]:this.dataTimes[this.dataTimes.length-1])):i=this.time+e*(t.kind==="sequence"?1:1e9/qd),this.seek(i),this.emit("playback")}tick(e){if(!this.playing)return;const t=this.current;if(!t)return;const i=this.lastFrame===null?0:Math.min(e-this.lastFrame,100)/1e3;this.lastFrame=e;const s=t.kind==="sequence"?i*qd*this.speed:i*1e9*this.speed;let r=this.time+s;r>=t.max&&(this.loop&&t.max>t.min?r=t.min:(r=t.max,this.playing=!1,this.emit("playback"))),this.time=r,this.emit("time"),this.playing&&requestAnimationFrame(o=>this.tick(o))}get queryTime(){return this.current?.kind==="sequence"?Math.floor(this.time):Math.round(this.time)}}function Yd(n,e,t){return Math.min(Math.max(n,e),t)}function Ec(n,e){if(n==="sequence"||n===void 0)return`#${Math.floor(e).toLocaleString("en-US").replace(/,/g," ")}`;if(Math.abs(e)<1e9*86400*365)return`${(e/1e9).toFixed(3)}s`;const i=new Date(e/1e6).toISOString(),s=Math.floor(e%1e6/1e3).toString().padStart(3,"0");return`${i.slice(11,23)}${s}Z`}function Lh(n,e,t){if(n==="sequence"||n===void 0)return`#${Math.round(e)}`;const i=o=>Math.max(0,Math.min(6,Math.ceil(-Math.log10(t/o)-1e-9)));return Math.abs(e)<1e9*86400*365?`${(e/1e9).toFixed(i(1e9))}s`:t<1e9?`+${(e%1e9/1e6).toFixed(i(1e6))} ms`:new Date(e/1e6).toISOString().slice(11,19)+"Z"}const m_={f32:Float32Array,f64:Float64Array,u8:Uint8Array,u16:Uint16Array,u32:Uint32Array,i8:Int8Array,i16:Int16Array,i32:Int32Array,i64:BigInt64Array,u64:BigUint64Array},sv=[[Float32Array,"f32"],[Float64Array,"f64"],[Uint8Array,"u8"],[Uint16Array,"u16"],[Uint32Array,"u32"],[Int8Array,"i8"],[Int16Array,"i16"],[Int32Array,"i32"],[BigInt64Array,"i64"],[BigUint64Array,"u64"]];function rv(n){return typeof n=="object"&&n!==null&&"data"in n&&"shape"in n&&"dtype"in n}function ov(n){if(typeof n!="object"||n===null||Array.isArray(n))return!1;const e=n;return typeof e.buf=="number"&&typeof e.dtype=="string"&&Array.isArray(e.shape)&&e.dtype in m_}const Ph=n=>n+7&-8,av=new TextDecoder,lv=new TextEncoder;class Ka extends Error{}function cv(n){if(n.byteLength<4)throw new Ka("frame shorter than its header");const e=new DataView(n).getUint32(0,!0);if(4+e>n.byteLength)throw new Ka("frame shorter than its JSON");const t=JSON.parse(av.decode(new Uint8Array(n,4,e))),i=Ph(4+e),s=t.buffers??[];delete t.buffers;const r=o=>{if(Array.isArray(o)){for(let l=0;l<o.length;l++)o[l]=r(o[l]);return o}if(typeof o!="object"||o===null)return o;if(ov(o))return uv(n,i,s,o);const a=o;for(const l of Object.keys(a))a[l]=r(a[l]);return a};return r(t)}function uv(n,e,t,i){const s=t[i.buf];if(!s)throw new Ka(`buffer ${i.buf} is not in the frame`);const[r,o]=s,a=m_[i.dtype],l=e+r;if(l+o>n.byteLength)throw new Ka(`buffer ${i.buf} runs past the frame`);let c;if(l%a.BYTES_PER_ELEMENT===0)c=new a(n,l,Math.floor(o/a.BYTES_PER_ELEMENT));else{const u=n.slice(l,l+o);c=new a(u,0,Math.floor(o/a.BYTES_PER_ELEMENT))}return{dtype:i.dtype,shape:i.shape,data:c}}function hv(n){const e=[],t=[];let i=0;const s=c=>{if(ArrayBuffer.isView(c)&&!(c instanceof DataView))return s({data:c,shape:[c.length],dtype:fv(c)});if(rv(c)){const u=new Uint8Array(c.data.buffer,c.data.byteOffset,c.data.byteLength);return t.push([i,u.byteLength]),e.push(u),i=Ph(i+u.byteLength),{buf:t.length-1,dtype:c.dtype,shape:c.shape}}if(Array.isArray(c))return c.map(s);if(typeof c=="object"&&c!==null){const u={};for(const[h,f]of Object.entries(c))u[h]=s(f);return u}return c},r=s(n);t.length&&(r.buffers=t);const o=lv.encode(JSON.stringify(r)),a=Ph(4+o.byteLength),l=new Uint8Array(a+i);return new DataView(l.buffer).setUint32(0,o.byteLength,!0),l.set(o,4),e.forEach((c,u)=>l.set(c,a+t[u][0])),l.buffer}function fv(n){for(const[e,t]of sv)if(n instanceof e)return t;throw new Ka("unsupported typed array")}function dv(){const n=location.protocol==="https:"?"wss:":"ws:",e=location.pathname.replace(/[^/]*$/,"");return`${n}//${location.host}${e}ws`}class pv{constructor(e,t=dv()){this.events=e,this.url=t}events;url;socket=null;retryMs=100;closedByUser=!1;open(){this.closedByUser=!1,this.events.onStatus("connecting");const e=new WebSocket(this.url);e.binaryType="arraybuffer",this.socket=e,e.onopen=()=>{this.retryMs=100,this.events.onStatus("open")},e.onmessage=t=>{if(!(t.data instanceof ArrayBuffer))return;let i;try{i=cv(t.data)}catch(s){console.error("dropping a malformed frame",s);return}this.events.onMessage(i)},e.onclose=()=>{this.socket===e&&(this.socket=null,this.events.onStatus("closed"),this.closedByUser||(setTimeout(()=>this.open(),this.retryMs),this.retryMs=Math.min(this.retryMs*2,2e3)))}}get isOpen(){return this.socket?.readyState===WebSocket.OPEN}send(e){return!this.socket||this.socket.readyState!==WebSocket.OPEN?!1:(this.socket.send(hv(e)),!0)}close(){this.closedByUser=!0,this.socket?.close()}}const mv=!0,Gn="u-",gv="uplot",_v=Gn+"hz",xv=Gn+"vt",vv=Gn+"title",yv=Gn+"wrap",Sv=Gn+"under",bv=Gn+"over",Mv=Gn+"axis",jr=Gn+"off",Ev=Gn+"select",wv=Gn+"cursor-x",Tv=Gn+"cursor-y",Av=Gn+"cursor-pt",Rv=Gn+"legend",Cv=Gn+"live",Dv=Gn+"inline",Lv=Gn+"series",Pv=Gn+"marker",$d=Gn+"label",Iv=Gn+"value",Pa="width",Ia="height",ga="top",Kd="bottom",uo="left",_u="right",zf="#000",jd=zf+"0",xu="mousemove",Jd="mousedown",vu="mouseup",Zd="mouseenter",Qd="mouseleave",ep="dblclick",Nv="resize",Fv="scroll",tp="change",wc="dppxchange",Hf="--",ea=typeof window<"u",Ih=ea?document:null,Po=ea?window:null,Uv=ea?navigator:null;let Gt,Tl;function Nh(){let n=devicePixelRatio;Gt!=n&&(Gt=n,Tl&&Uh(tp,Tl,Nh),Tl=matchMedia(`(min-resolution: ${Gt-.001}dppx) and (max-resolution: ${Gt+.001}dppx)`),Jr(tp,Tl,Nh),Po.dispatchEvent(new CustomEvent(wc)))}function Ni(n,e){if(e!=null){let t=n.classList;!t.contains(e)&&t.add(e)}}function Fh(n,e){let t=n.classList;t.contains(e)&&t.remove(e)}function un(n,e,t){n.style[e]=t+"px"}function cs(n,e,t,i){let s=Ih.createElement(n);return e!=null&&Ni(s,e),t?.insertBefore(s,i),s}function Yi(n,e){return cs("div",n,e)}const np=new WeakMap;function Ms(n,e,t,i,s){let r="translate("+e+"px,"+t+"px)",o=np.get(n);r!=o&&(n.style.transform=r,np.set(n,r),e<0||t<0||e>i||t>s?Ni(n,jr):Fh(n,jr))}const ip=new WeakMap;function sp(n,e,t){let i=e+t,s=ip.get(n);i!=s&&(ip.set(n,i),n.style.background=e,n.style.borderColor=t)}const rp=new WeakMap;function op(n,e,t,i){let s=e+""+t,r=rp.get(n);s!=r&&(rp.set(n,s),n.style.height=t+"px",n.style.width=e+"px",n.style.marginLeft=i?-e/2+"px":0,n.style.marginTop=i?-t/2+"px":0)}const Vf={passive:!0},Ov={...Vf,capture:!0};function Jr(n,e,t,i){e.addEventListener(n,t,i?Ov:Vf)}function Uh(n,e,t,i){e.removeEventListener(n,t,Vf)}ea&&Nh();function us(n,e,t,i){let s;t=t||0,i=i||e.length-1;let r=i<=2147483647;for(;i-t>1;)s=r?t+i>>1:ki((t+i)/2),e[s]<n?t=s:i=s;return n-e[t]<=e[i]-n?t:i}function g_(n){return(t,i,s)=>{let r=-1,o=-1;for(let a=i;a<=s;a++)if(n(t[a])){r=a;break}for(let a=s;a>=i;a--)if(n(t[a])){o=a;break}return[r,o]}}const __=n=>n!=null,x_=n=>n!=null&&n>0,Wc=g_(__),kv=g_(x_);function Bv(n,e,t,i=0,s=!1){let r=s?kv:Wc,o=s?x_:__;[e,t]=r(n,e,t);let a=n[e],l=n[e];if(e>-1)if(i==1)a=n[e],l=n[t];else if(i==-1)a=n[t],l=n[e];else for(let c=e;c<=t;c++){let u=n[c];o(u)&&(u<a?a=u:u>l&&(l=u))}return[a??tn,l??-tn]}function Xc(n,e,t,i){let s=cp(n),r=cp(e);n==e&&(s==-1?(n*=t,e/=t):(n/=t,e*=t));let o=t==10?nr:v_,a=s==1?ki:ji,l=r==1?ji:ki,c=a(o(On(n))),u=l(o(On(e))),h=Vo(t,c),f=Vo(t,u);return t==10&&(c<0&&(h=nn(h,-c)),u<0&&(f=nn(f,-u))),i||t==2?(n=h*s,e=f*r):(n=M_(n,h),e=qc(e,f)),[n,e]}function Gf(n,e,t,i){let s=Xc(n,e,t,i);return n==0&&(s[0]=0),e==0&&(s[1]=0),s}const Wf=.1,ap={mode:3,pad:Wf},Ha={pad:0,soft:null,mode:0},zv={min:Ha,max:Ha};function Tc(n,e,t,i){return Yc(t)?lp(n,e,t):(Ha.pad=t,Ha.soft=i?0:null,Ha.mode=i?3:0,lp(n,e,zv))}function zt(n,e){return n??e}function Hv(n,e,t){for(e=zt(e,0),t=zt(t,n.length-1);e<=t;){if(n[e]!=null)return!0;e++}return!1}function lp(n,e,t){let i=t.min,s=t.max,r=zt(i.pad,0),o=zt(s.pad,0),a=zt(i.hard,-tn),l=zt(s.hard,tn),c=zt(i.soft,tn),u=zt(s.soft,-tn),h=zt(i.mode,0),f=zt(s.mode,0),d=e-n,p=nr(d),x=mi(On(n),On(e)),m=nr(x),g=On(m-p);(d<1e-24||g>10)&&(d=0,(n==0||e==0)&&(d=1e-24,h==2&&c!=tn&&(r=0),f==2&&u!=-tn&&(o=0)));let v=d||x||1e3,M=nr(v),y=Vo(10,ki(M)),T=v*(d==0?n==0?.1:1:r),b=nn(M_(n-T,y/10),24),_=n>=c&&(h==1||h==3&&b<=c||h==2&&b>=c)?c:tn,E=mi(a,b<_&&n>=_?_:hs(_,b)),U=v*(d==0?e==0?.1:1:o),I=nn(qc(e+U,y/10),24),D=e<=u&&(f==1||f==3&&I>=u||f==2&&I<=u)?u:-tn,O=hs(l,I>D&&e<=D?D:mi(D,I));return E==O&&E==0&&(O=100),[E,O]}const Vv=new Intl.NumberFormat(ea?Uv.language:"en-US"),Xf=n=>Vv.format(n),zi=Math,gc=zi.PI,On=zi.abs,ki=zi.floor,Un=zi.round,ji=zi.ceil,hs=zi.min,mi=zi.max,Vo=zi.pow,cp=zi.sign,nr=zi.log10,v_=zi.log2,Gv=(n,e=1)=>zi.sinh(n)*e,yu=(n,e=1)=>zi.asinh(n/e),tn=1/0;function up(n){return(nr((n^n>>31)-(n>>31))|0)+1}function Oh(n,e,t){return hs(mi(n,e),t)}function y_(n){return typeof n=="function"}function It(n){return y_(n)?n:()=>n}const Wv=()=>{},S_=n=>n,b_=(n,e)=>e,Xv=n=>null,hp=n=>!0,fp=(n,e)=>n==e,qv=/\.\d*?(?=9{6,}|0{6,})/gm,eo=n=>{if(w_(n)||Lr.has(n))return n;const e=`${n}`,t=e.match(qv);if(t==null)return n;let i=t[0].length-1;if(e.indexOf("e-")!=-1){let[s,r]=e.split("e");return+`${eo(s)}e${r}`}return nn(n,i)};function Yr(n,e){return eo(nn(eo(n/e))*e)}function qc(n,e){return eo(ji(eo(n/e))*e)}function M_(n,e){return eo(ki(eo(n/e))*e)}function nn(n,e=0){if(w_(n))return n;let t=10**e,i=n*t*(1+Number.EPSILON);return Un(i)/t}const Lr=new Map;function E_(n){return((""+n).split(".")[1]||"").length}function ja(n,e,t,i){let s=[],r=i.map(E_);for(let o=e;o<t;o++){let a=On(o),l=nn(Vo(n,o),a);for(let c=0;c<i.length;c++){let u=n==10?+`${i[c]}e${o}`:i[c]*l,h=(o>=0?0:a)+(o>=r[c]?0:r[c]),f=n==10?u:nn(u,h);s.push(f),Lr.set(f,h)}}return s}const Va={},qf=[],Go=[null,null],Er=Array.isArray,w_=Number.isInteger,Yv=n=>n===void 0;function dp(n){return typeof n=="string"}function Yc(n){let e=!1;if(n!=null){let t=n.constructor;e=t==null||t==Object}return e}function $v(n){return n!=null&&typeof n=="object"}const Kv=Object.getPrototypeOf(Uint8Array),T_="__proto__";function Wo(n,e=Yc){let t;if(Er(n)){let i=n.find(s=>s!=null);if(Er(i)||e(i)){t=Array(n.length);for(let s=0;s<n.length;s++)t[s]=Wo(n[s],e)}else t=n.slice()}else if(n instanceof Kv)t=n.slice();else if(e(n)){t={};for(let i in n)i!=T_&&(t[i]=Wo(n[i],e))}else t=n;return t}function Cn(n){let e=arguments;for(let t=1;t<e.length;t++){let i=e[t];for(let s in i)s!=T_&&(Yc(n[s])?Cn(n[s],Wo(i[s])):n[s]=Wo(i[s]))}return n}const jv=0,Jv=1,Zv=2;function Qv(n,e,t){for(let i=0,s,r=-1;i<e.length;i++){let o=e[i];if(o>r){for(s=o-1;s>=0&&n[s]==null;)n[s--]=null;for(s=o+1;s<t&&n[s]==null;)n[r=s++]=null}}}function ey(n,e){if(iy(n)){let o=n[0].slice();for(let a=1;a<n.length;a++)o.push(...n[a].slice(1));return sy(o[0])||(o=ny(o)),o}let t=new Set;for(let o=0;o<n.length;o++){let l=n[o][0],c=l.length;for(let u=0;u<c;u++)t.add(l[u])}let i=[Array.from(t).sort((o,a)=>o-a)],s=i[0].length,r=new Map;for(let o=0;o<s;o++)r.set(i[0][o],o);for(let o=0;o<n.length;o++){let a=n[o],l=a[0];for(let c=1;c<a.length;c++){let u=a[c],h=Array(s).fill(void 0),f=e?e[o][c]:Jv,d=[];for(let p=0;p<u.length;p++){let x=u[p],m=r.get(l[p]);x===null?f!=jv&&(h[m]=x,f==Zv&&d.push(m)):h[m]=x}Qv(h,d,s),i.push(h)}}return i}const ty=typeof queueMicrotask>"u"?n=>Promise.resolve().then(n):queueMicrotask;function ny(n){let e=n[0],t=e.length,i=Array(t);for(let r=0;r<i.length;r++)i[r]=r;i.sort((r,o)=>e[r]-e[o]);let s=[];for(let r=0;r<n.length;r++){let o=n[r],a=Array(t);for(let l=0;l<t;l++)a[l]=o[i[l]];s.push(a)}return s}function iy(n){let e=n[0][0],t=e.length;for(let i=1;i<n.length;i++){let s=n[i][0];if(s.length!=t)return!1;if(s!=e){for(let r=0;r<t;r++)if(s[r]!=e[r])return!1}}return!0}function sy(n,e=100){const t=n.length;if(t<=1)return!0;let i=0,s=t-1;for(;i<=s&&n[i]==null;)i++;for(;s>=i&&n[s]==null;)s--;if(s<=i)return!0;const r=mi(1,ki((s-i+1)/e));for(let o=n[i],a=i+r;a<=s;a+=r){const l=n[a];if(l!=null){if(l<=o)return!1;o=l}}return!0}const A_=["January","February","March","April","May","June","July","August","September","October","November","December"],R_=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function C_(n){return n.slice(0,3)}const ry=R_.map(C_),oy=A_.map(C_),ay={MMMM:A_,MMM:oy,WWWW:R_,WWW:ry};function _a(n){return(n<10?"0":"")+n}function ly(n){return(n<10?"00":n<100?"0":"")+n}const cy={YYYY:n=>n.getFullYear(),YY:n=>(n.getFullYear()+"").slice(2),MMMM:(n,e)=>e.MMMM[n.getMonth()],MMM:(n,e)=>e.MMM[n.getMonth()],MM:n=>_a(n.getMonth()+1),M:n=>n.getMonth()+1,DD:n=>_a(n.getDate()),D:n=>n.getDate(),WWWW:(n,e)=>e.WWWW[n.getDay()],WWW:(n,e)=>e.WWW[n.getDay()],HH:n=>_a(n.getHours()),H:n=>n.getHours(),h:n=>{let e=n.getHours();return e==0?12:e>12?e-12:e},AA:n=>n.getHours()>=12?"PM":"AM",aa:n=>n.getHours()>=12?"pm":"am",a:n=>n.getHours()>=12?"p":"a",mm:n=>_a(n.getMinutes()),m:n=>n.getMinutes(),ss:n=>_a(n.getSeconds()),s:n=>n.getSeconds(),fff:n=>ly(n.getMilliseconds())};function Yf(n,e){e=e||ay;let t=[],i=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=i.exec(n);)t.push(s[0][0]=="{"?cy[s[1]]:s[0]);return r=>{let o="";for(let a=0;a<t.length;a++)o+=typeof t[a]=="string"?t[a]:t[a](r,e);return o}}const uy=new Intl.DateTimeFormat().resolvedOptions().timeZone;function hy(n,e){let t;return e=="UTC"||e=="Etc/UTC"?t=new Date(+n+n.getTimezoneOffset()*6e4):e==uy?t=n:(t=new Date(n.toLocaleString("en-US",{timeZone:e})),t.setMilliseconds(n.getMilliseconds())),t}const D_=n=>n%1==0,Ac=[1,2,2.5,5],fy=ja(10,-32,0,Ac),L_=ja(10,0,32,Ac),dy=L_.filter(D_),$r=fy.concat(L_),$f=`
`,P_="{YYYY}",pp=$f+P_,I_="{M}/{D}",Na=$f+I_,Al=Na+"/{YY}",N_="{aa}",py="{h}:{mm}",Ro=py+N_,mp=$f+Ro,gp=":{ss}",Yt=null;function F_(n){let e=n*1e3,t=e*60,i=t*60,s=i*24,r=s*30,o=s*365,l=(n==1?ja(10,0,3,Ac).filter(D_):ja(10,-3,0,Ac)).concat([e,e*5,e*10,e*15,e*30,t,t*5,t*10,t*15,t*30,i,i*2,i*3,i*4,i*6,i*8,i*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const c=[[o,P_,Yt,Yt,Yt,Yt,Yt,Yt,1],[s*28,"{MMM}",pp,Yt,Yt,Yt,Yt,Yt,1],[s,I_,pp,Yt,Yt,Yt,Yt,Yt,1],[i,"{h}"+N_,Al,Yt,Na,Yt,Yt,Yt,1],[t,Ro,Al,Yt,Na,Yt,Yt,Yt,1],[e,gp,Al+" "+Ro,Yt,Na+" "+Ro,Yt,mp,Yt,1],[n,gp+".{fff}",Al+" "+Ro,Yt,Na+" "+Ro,Yt,mp,Yt,1]];function u(h){return(f,d,p,x,m,g)=>{let v=[],M=m>=o,y=m>=r&&m<o,T=h(p),b=nn(T*n,3),_=Su(T.getFullYear(),M?0:T.getMonth(),y||M?1:T.getDate()),E=nn(_*n,3);if(y||M){let U=y?m/r:0,I=M?m/o:0,D=b==E?b:nn(Su(_.getFullYear()+I,_.getMonth()+U,1)*n,3),O=new Date(Un(D/n)),W=O.getFullYear(),N=O.getMonth();for(let z=0;D<=x;z++){let $=Su(W+I*z,N+U*z,1),H=$-h(nn($*n,3));D=nn((+$+H)*n,3),D<=x&&v.push(D)}}else{let U=m>=s?s:m,I=ki(p)-ki(b),D=E+I+qc(b-E,U);v.push(D);let O=h(D),W=O.getHours()+O.getMinutes()/t+O.getSeconds()/i,N=m/i,z=f.axes[d]._space,$=g/z;for(;D=nn(D+m,n==1?0:3),!(D>x);)if(N>1){let H=ki(nn(W+N,6))%24,ee=h(D).getHours()-H;ee>1&&(ee=-1),D-=ee*i,W=(W+N)%24;let re=v[v.length-1];nn((D-re)/m,3)*$>=.7&&v.push(D)}else v.push(D)}return v}}return[l,c,u]}const[my,gy,_y]=F_(1),[xy,vy,yy]=F_(.001);ja(2,-53,53,[1]);function _p(n,e){return n.map(t=>t.map((i,s)=>s==0||s==8||i==null?i:e(s==1||t[8]==0?i:t[1]+i)))}function xp(n,e){return(t,i,s,r,o)=>{let a=e.find(p=>o>=p[0])||e[e.length-1],l,c,u,h,f,d;return i.map(p=>{let x=n(p),m=x.getFullYear(),g=x.getMonth(),v=x.getDate(),M=x.getHours(),y=x.getMinutes(),T=x.getSeconds(),b=m!=l&&a[2]||g!=c&&a[3]||v!=u&&a[4]||M!=h&&a[5]||y!=f&&a[6]||T!=d&&a[7]||a[1];return l=m,c=g,u=v,h=M,f=y,d=T,b(x)})}}function Sy(n,e){let t=Yf(e);return(i,s,r,o,a)=>s.map(l=>t(n(l)))}function Su(n,e,t){return new Date(n,e,t)}function vp(n,e){return e(n)}const by="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function yp(n,e){return(t,i,s,r)=>r==null?Hf:e(n(i))}function My(n,e){let t=n.series[e];return t.width?t.stroke(n,e):t.points.width?t.points.stroke(n,e):null}function Ey(n,e){return n.series[e].fill(n,e)}const wy={show:!0,live:!0,isolate:!1,mount:Wv,markers:{show:!0,width:2,stroke:My,fill:Ey,dash:"solid"},idx:null,idxs:null,values:[]};function Ty(n,e){let t=n.cursor.points,i=Yi(),s=t.size(n,e);un(i,Pa,s),un(i,Ia,s);let r=s/-2;un(i,"marginLeft",r),un(i,"marginTop",r);let o=t.width(n,e,s);return o&&un(i,"borderWidth",o),i}function Ay(n,e){let t=n.series[e].points;return t._fill||t._stroke}function Ry(n,e){let t=n.series[e].points;return t._stroke||t._fill}function Cy(n,e){return n.series[e].points.size}const bu=[0,0];function Dy(n,e,t){return bu[0]=e,bu[1]=t,bu}function Rl(n,e,t,i=!0){return s=>{s.button==0&&(!i||s.target==e)&&t(s)}}function Mu(n,e,t,i=!0){return s=>{(!i||s.target==e)&&t(s)}}const Ly={show:!0,x:!0,y:!0,lock:!1,move:Dy,points:{one:!1,show:Ty,size:Cy,width:0,stroke:Ry,fill:Ay},bind:{mousedown:Rl,mouseup:Rl,click:Rl,dblclick:Rl,mousemove:Mu,mouseleave:Mu,mouseenter:Mu},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(n,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(n,e,t,i,s)=>i-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},U_={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Kf=Cn({},U_,{filter:b_}),O_=Cn({},Kf,{size:10}),k_=Cn({},U_,{show:!1}),jf='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',B_="bold "+jf,z_=1.5,Sp={show:!0,scale:"x",stroke:zf,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:B_,side:2,grid:Kf,ticks:O_,border:k_,font:jf,lineGap:z_,rotate:0},Py="Value",Iy="Time",bp={show:!0,scale:"x",auto:!1,sorted:1,min:tn,max:-tn,idxs:[]};function Ny(n,e,t,i,s){return e.map(r=>r==null?"":Xf(r))}function Fy(n,e,t,i,s,r,o){let a=[],l=Lr.get(s)||0;t=o?t:nn(qc(t,s),l);for(let c=t;c<=i;c=nn(c+s,l))a.push(Object.is(c,-0)?0:c);return a}function kh(n,e,t,i,s,r,o){const a=[],l=n.scales[n.axes[e].scale].log,c=l==10?nr:v_,u=ki(c(t));s=Vo(l,u),l==10&&(s=$r[us(s,$r)]);let h=t,f=s*l;l==10&&(f=$r[us(f,$r)]);do a.push(h),h=h+s,l==10&&!Lr.has(h)&&(h=nn(h,Lr.get(s))),h>=f&&(s=h,f=s*l,l==10&&(f=$r[us(f,$r)]));while(h<=i);return a}function Uy(n,e,t,i,s,r,o){let l=n.scales[n.axes[e].scale].asinh,c=i>l?kh(n,e,mi(l,t),i,s):[l],u=i>=0&&t<=0?[0]:[];return(t<-l?kh(n,e,mi(l,-i),-t,s):[l]).reverse().map(f=>-f).concat(u,c)}const H_=/./,Oy=/[12357]/,ky=/[125]/,Mp=/1/,Bh=(n,e,t,i)=>n.map((s,r)=>e==4&&s==0||r%i==0&&t.test(s.toExponential()[s<0?1:0])?s:null);function By(n,e,t,i,s){let r=n.axes[t],o=r.scale,a=n.scales[o],l=n.valToPos,c=r._space,u=l(10,o),h=l(9,o)-u>=c?H_:l(7,o)-u>=c?Oy:l(5,o)-u>=c?ky:Mp;if(h==Mp){let f=On(l(1,o)-u);if(f<c)return Bh(e.slice().reverse(),a.distr,h,ji(c/f)).reverse()}return Bh(e,a.distr,h,1)}function zy(n,e,t,i,s){let r=n.axes[t],o=r.scale,a=r._space,l=n.valToPos,c=On(l(1,o)-l(2,o));return c<a?Bh(e.slice().reverse(),3,H_,ji(a/c)).reverse():e}function Hy(n,e,t,i){return i==null?Hf:e==null?"":Xf(e)}const Ep={show:!0,scale:"y",stroke:zf,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:B_,side:3,grid:Kf,ticks:O_,border:k_,font:jf,lineGap:z_,rotate:0};function Vy(n,e){let t=3+(n||1)*2;return nn(t*e,3)}function Gy(n,e){let{scale:t,idxs:i}=n.series[0],s=n._data[0],r=n.valToPos(s[i[0]],t,!0),o=n.valToPos(s[i[1]],t,!0),a=On(o-r),l=n.series[e],c=a/(l.points.space*Gt);return i[1]-i[0]<=c}const wp={scale:null,auto:!0,sorted:0,min:tn,max:-tn},V_=(n,e,t,i,s)=>s,Tp={show:!0,auto:!0,sorted:0,gaps:V_,alpha:1,facets:[Cn({},wp,{scale:"x"}),Cn({},wp,{scale:"y"})]},Ap={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:V_,alpha:1,points:{show:Gy,filter:null},values:null,min:tn,max:-tn,idxs:[],path:null,clip:null};function Wy(n,e,t,i,s){return t/10}const G_={time:mv,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Xy=Cn({},G_,{time:!1,ori:1}),Rp={};function W_(n,e){let t=Rp[n];return t||(t={key:n,plots:[],sub(i){t.plots.push(i)},unsub(i){t.plots=t.plots.filter(s=>s!=i)},pub(i,s,r,o,a,l,c){for(let u=0;u<t.plots.length;u++)t.plots[u]!=s&&t.plots[u].pub(i,s,r,o,a,l,c)}},n!=null&&(Rp[n]=t)),t}const Xo=1,zh=2;function so(n,e,t){const i=n.mode,s=n.series[e],r=i==2?n._data[e]:n._data,o=n.scales,a=n.bbox;let l=r[0],c=i==2?r[1]:r[e],u=i==2?o[s.facets[0].scale]:o[n.series[0].scale],h=i==2?o[s.facets[1].scale]:o[s.scale],f=a.left,d=a.top,p=a.width,x=a.height,m=n.valToPosH,g=n.valToPosV;return u.ori==0?t(s,l,c,u,h,m,g,f,d,p,x,Kc,ta,Jc,q_,$_):t(s,l,c,u,h,g,m,d,f,x,p,jc,na,Qf,Y_,K_)}function Jf(n,e){let t=0,i=0,s=zt(n.bands,qf);for(let r=0;r<s.length;r++){let o=s[r];o.series[0]==e?t=o.dir:o.series[1]==e&&(o.dir==1?i|=1:i|=2)}return[t,i==1?-1:i==2?1:i==3?2:0]}function qy(n,e,t,i,s){let r=n.mode,o=n.series[e],a=r==2?o.facets[1].scale:o.scale,l=n.scales[a];return s==-1?l.min:s==1?l.max:l.distr==3?l.dir==1?l.min:l.max:0}function ir(n,e,t,i,s,r){return so(n,e,(o,a,l,c,u,h,f,d,p,x,m)=>{let g=o.pxRound;const v=c.dir*(c.ori==0?1:-1),M=c.ori==0?ta:na;let y,T;v==1?(y=t,T=i):(y=i,T=t);let b=g(h(a[y],c,x,d)),_=g(f(l[y],u,m,p)),E=g(h(a[T],c,x,d)),U=g(f(r==1?u.max:u.min,u,m,p)),I=new Path2D(s);return M(I,E,U),M(I,b,U),M(I,b,_),I})}function $c(n,e,t,i,s,r){let o=null;if(n.length>0){o=new Path2D;const a=e==0?Jc:Qf;let l=t;for(let h=0;h<n.length;h++){let f=n[h];if(f[1]>f[0]){let d=f[0]-l;d>0&&a(o,l,i,d,i+r),l=f[1]}}let c=t+s-l,u=10;c>0&&a(o,l,i-u/2,c,i+r+u)}return o}function Yy(n,e,t){let i=n[n.length-1];i&&i[0]==e?i[1]=t:n.push([e,t])}function Zf(n,e,t,i,s,r,o){let a=[],l=n.length;for(let c=s==1?t:i;c>=t&&c<=i;c+=s)if(e[c]===null){let h=c,f=c;if(s==1)for(;++c<=i&&e[c]===null;)f=c;else for(;--c>=t&&e[c]===null;)f=c;let d=r(n[h]),p=f==h?d:r(n[f]),x=h-s;d=o<=0&&x>=0&&x<l?r(n[x]):d;let g=f+s;p=o>=0&&g>=0&&g<l?r(n[g]):p,p>=d&&a.push([d,p])}return a}function Cp(n){return n==0?S_:n==1?Un:e=>Yr(e,n)}function X_(n){let e=n==0?Kc:jc,t=n==0?(s,r,o,a,l,c)=>{s.arcTo(r,o,a,l,c)}:(s,r,o,a,l,c)=>{s.arcTo(o,r,l,a,c)},i=n==0?(s,r,o,a,l)=>{s.rect(r,o,a,l)}:(s,r,o,a,l)=>{s.rect(o,r,l,a)};return(s,r,o,a,l,c=0,u=0)=>{c==0&&u==0?i(s,r,o,a,l):(c=hs(c,a/2,l/2),u=hs(u,a/2,l/2),e(s,r+c,o),t(s,r+a,o,r+a,o+l,c),t(s,r+a,o+l,r,o+l,u),t(s,r,o+l,r,o,u),t(s,r,o,r+a,o,c),s.closePath())}}const Kc=(n,e,t)=>{n.moveTo(e,t)},jc=(n,e,t)=>{n.moveTo(t,e)},ta=(n,e,t)=>{n.lineTo(e,t)},na=(n,e,t)=>{n.lineTo(t,e)},Jc=X_(0),Qf=X_(1),q_=(n,e,t,i,s,r)=>{n.arc(e,t,i,s,r)},Y_=(n,e,t,i,s,r)=>{n.arc(t,e,i,s,r)},$_=(n,e,t,i,s,r,o)=>{n.bezierCurveTo(e,t,i,s,r,o)},K_=(n,e,t,i,s,r,o)=>{n.bezierCurveTo(t,e,s,i,o,r)};function j_(n){return(e,t,i,s,r)=>so(e,t,(o,a,l,c,u,h,f,d,p,x,m)=>{let{pxRound:g,points:v}=o,M,y;c.ori==0?(M=Kc,y=q_):(M=jc,y=Y_);const T=nn(v.width*Gt,3);let b=(v.size-v.width)/2*Gt,_=nn(b*2,3),E=new Path2D,U=new Path2D,{left:I,top:D,width:O,height:W}=e.bbox;Jc(U,I-_,D-_,O+_*2,W+_*2);const N=z=>{if(l[z]!=null){let $=g(h(a[z],c,x,d)),H=g(f(l[z],u,m,p));M(E,$+b,H),y(E,$,H,b,0,gc*2)}};if(r)r.forEach(N);else for(let z=i;z<=s;z++)N(z);return{stroke:T>0?E:null,fill:E,clip:U,flags:Xo|zh}})}function J_(n){return(e,t,i,s,r,o)=>{i!=s&&(r!=i&&o!=i&&n(e,t,i),r!=s&&o!=s&&n(e,t,s),n(e,t,o))}}const $y=J_(ta),Ky=J_(na);function Z_(n){const e=zt(n?.alignGaps,0);return(t,i,s,r)=>so(t,i,(o,a,l,c,u,h,f,d,p,x,m)=>{[s,r]=Wc(l,s,r);let g=o.pxRound,v=W=>g(h(W,c,x,d)),M=W=>g(f(W,u,m,p)),y,T;c.ori==0?(y=ta,T=$y):(y=na,T=Ky);const b=c.dir*(c.ori==0?1:-1),_={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Xo},E=_.stroke;let U=!1;if(r-s>=x*4){let W=_e=>t.posToVal(_e,c.key,!0),N=null,z=null,$,H,ue,J=v(a[b==1?s:r]),ee=v(a[s]),re=v(a[r]),xe=W(b==1?ee+1:re-1);for(let _e=b==1?s:r;_e>=s&&_e<=r;_e+=b){let te=a[_e],Ae=(b==1?te<xe:te>xe)?J:v(te),ge=l[_e];Ae==J?ge!=null?(H=ge,N==null?(y(E,Ae,M(H)),$=N=z=H):H<N?N=H:H>z&&(z=H)):ge===null&&(U=!0):(N!=null&&T(E,J,M(N),M(z),M($),M(H)),ge!=null?(H=ge,y(E,Ae,M(H)),N=z=$=H):(N=z=null,ge===null&&(U=!0)),J=Ae,xe=W(J+b))}N!=null&&N!=z&&ue!=J&&T(E,J,M(N),M(z),M($),M(H))}else for(let W=b==1?s:r;W>=s&&W<=r;W+=b){let N=l[W];N===null?U=!0:N!=null&&y(E,v(a[W]),M(N))}let[D,O]=Jf(t,i);if(o.fill!=null||D!=0){let W=_.fill=new Path2D(E),N=o.fillTo(t,i,o.min,o.max,D),z=M(N),$=v(a[s]),H=v(a[r]);b==-1&&([H,$]=[$,H]),y(W,H,z),y(W,$,z)}if(!o.spanGaps){let W=[];U&&W.push(...Zf(a,l,s,r,b,v,e)),_.gaps=W=o.gaps(t,i,s,r,W),_.clip=$c(W,c.ori,d,p,x,m)}return O!=0&&(_.band=O==2?[ir(t,i,s,r,E,-1),ir(t,i,s,r,E,1)]:ir(t,i,s,r,E,O)),_})}function jy(n){const e=zt(n.align,1),t=zt(n.ascDesc,!1),i=zt(n.alignGaps,0),s=zt(n.extend,!1);return(r,o,a,l)=>so(r,o,(c,u,h,f,d,p,x,m,g,v,M)=>{[a,l]=Wc(h,a,l);let y=c.pxRound,{left:T,width:b}=r.bbox,_=ee=>y(p(ee,f,v,m)),E=ee=>y(x(ee,d,M,g)),U=f.ori==0?ta:na;const I={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Xo},D=I.stroke,O=f.dir*(f.ori==0?1:-1);let W=E(h[O==1?a:l]),N=_(u[O==1?a:l]),z=N,$=N;s&&e==-1&&($=T,U(D,$,W)),U(D,N,W);for(let ee=O==1?a:l;ee>=a&&ee<=l;ee+=O){let re=h[ee];if(re==null)continue;let xe=_(u[ee]),_e=E(re);e==1?U(D,xe,W):U(D,z,_e),U(D,xe,_e),W=_e,z=xe}let H=z;s&&e==1&&(H=T+b,U(D,H,W));let[ue,J]=Jf(r,o);if(c.fill!=null||ue!=0){let ee=I.fill=new Path2D(D),re=c.fillTo(r,o,c.min,c.max,ue),xe=E(re);U(ee,H,xe),U(ee,$,xe)}if(!c.spanGaps){let ee=[];ee.push(...Zf(u,h,a,l,O,_,i));let re=c.width*Gt/2,xe=t||e==1?re:-re,_e=t||e==-1?-re:re;ee.forEach(te=>{te[0]+=xe,te[1]+=_e}),I.gaps=ee=c.gaps(r,o,a,l,ee),I.clip=$c(ee,f.ori,m,g,v,M)}return J!=0&&(I.band=J==2?[ir(r,o,a,l,D,-1),ir(r,o,a,l,D,1)]:ir(r,o,a,l,D,J)),I})}function Dp(n,e,t,i,s,r,o=tn){if(n.length>1){let a=null;for(let l=0,c=1/0;l<n.length;l++)if(e[l]!==void 0){if(a!=null){let u=On(n[l]-n[a]);u<c&&(c=u,o=On(t(n[l],i,s,r)-t(n[a],i,s,r)))}a=l}}return o}function Jy(n){n=n||Va;const e=zt(n.size,[.6,tn,1]),t=n.align||0,i=n.gap||0;let s=n.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const r=It(s),o=1-e[0],a=zt(e[1],tn),l=zt(e[2],1),c=zt(n.disp,Va),u=zt(n.each,d=>{}),{fill:h,stroke:f}=c;return(d,p,x,m)=>so(d,p,(g,v,M,y,T,b,_,E,U,I,D)=>{let O=g.pxRound,W=t,N=i*Gt,z=a*Gt,$=l*Gt,H,ue;y.ori==0?[H,ue]=r(d,p):[ue,H]=r(d,p);const J=y.dir*(y.ori==0?1:-1);let ee=y.ori==0?Jc:Qf,re=y.ori==0?u:(Ne,nt,ht,Re,Lt,ze,Ze)=>{u(Ne,nt,ht,Lt,Re,Ze,ze)},xe=zt(d.bands,qf).find(Ne=>Ne.series[0]==p),_e=xe!=null?xe.dir:0,te=g.fillTo(d,p,g.min,g.max,_e),Me=O(_(te,T,D,U)),Ae,ge,Pe,Qe=I,dt=O(g.width*Gt),Ke=!1,bt=null,St=null,ut=null,sn=null;h!=null&&(dt==0||f!=null)&&(Ke=!0,bt=h.values(d,p,x,m),St=new Map,new Set(bt).forEach(Ne=>{Ne!=null&&St.set(Ne,new Path2D)}),dt>0&&(ut=f.values(d,p,x,m),sn=new Map,new Set(ut).forEach(Ne=>{Ne!=null&&sn.set(Ne,new Path2D)})));let{x0:Kt,size:xt}=c;if(Kt!=null&&xt!=null){W=1,v=Kt.values(d,p,x,m),Kt.unit==2&&(v=v.map(ht=>d.posToVal(E+ht*I,y.key,!0)));let Ne=xt.values(d,p,x,m);xt.unit==2?ge=Ne[0]*I:ge=b(Ne[0],y,I,E)-b(0,y,I,E),Qe=Dp(v,M,b,y,I,E,Qe),Pe=Qe-ge+N}else Qe=Dp(v,M,b,y,I,E,Qe),Pe=Qe*o+N,ge=Qe-Pe;Pe<1&&(Pe=0),dt>=ge/2&&(dt=0),Pe<5&&(O=S_);let Ut=Pe>0,Mt=Qe-Pe-(Ut?dt:0);ge=O(Oh(Mt,$,z)),Ae=(W==0?ge/2:W==J?0:ge)-W*J*((W==0?N/2:0)+(Ut?dt/2:0));const Ct={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},qt=Ke?null:new Path2D;let Zt=null;if(xe!=null)Zt=d.data[xe.series[1]];else{let{y0:Ne,y1:nt}=c;Ne!=null&&nt!=null&&(M=nt.values(d,p,x,m),Zt=Ne.values(d,p,x,m))}let dn=H*ge,k=ue*ge;for(let Ne=J==1?x:m;Ne>=x&&Ne<=m;Ne+=J){let nt=M[Ne];if(nt==null)continue;if(Zt!=null){let Y=Zt[Ne]??0;if(nt-Y==0)continue;Me=_(Y,T,D,U)}let ht=y.distr!=2||c!=null?v[Ne]:Ne,Re=b(ht,y,I,E),Lt=_(zt(nt,te),T,D,U),ze=O(Re-Ae),Ze=O(mi(Lt,Me)),L=O(hs(Lt,Me)),w=Ze-L;if(nt!=null){let Y=nt<0?k:dn,pe=nt<0?dn:k;Ke?(dt>0&&ut[Ne]!=null&&ee(sn.get(ut[Ne]),ze,L+ki(dt/2),ge,mi(0,w-dt),Y,pe),bt[Ne]!=null&&ee(St.get(bt[Ne]),ze,L+ki(dt/2),ge,mi(0,w-dt),Y,pe)):ee(qt,ze,L+ki(dt/2),ge,mi(0,w-dt),Y,pe),re(d,p,Ne,ze-dt/2,L,ge+dt,w)}}return dt>0?Ct.stroke=Ke?sn:qt:Ke||(Ct._fill=g.width==0?g._fill:g._stroke??g._fill,Ct.width=0),Ct.fill=Ke?St:qt,Ct})}function Zy(n,e){const t=zt(e?.alignGaps,0);return(i,s,r,o)=>so(i,s,(a,l,c,u,h,f,d,p,x,m,g)=>{[r,o]=Wc(c,r,o);let v=a.pxRound,M=H=>v(f(H,u,m,p)),y=H=>v(d(H,h,g,x)),T,b,_;u.ori==0?(T=Kc,_=ta,b=$_):(T=jc,_=na,b=K_);const E=u.dir*(u.ori==0?1:-1);let U=M(l[E==1?r:o]),I=U,D=[],O=[];for(let H=E==1?r:o;H>=r&&H<=o;H+=E)if(c[H]!=null){let J=l[H],ee=M(J);D.push(I=ee),O.push(y(c[H]))}const W={stroke:n(D,O,T,_,b,v),fill:null,clip:null,band:null,gaps:null,flags:Xo},N=W.stroke;let[z,$]=Jf(i,s);if(a.fill!=null||z!=0){let H=W.fill=new Path2D(N),ue=a.fillTo(i,s,a.min,a.max,z),J=y(ue);_(H,I,J),_(H,U,J)}if(!a.spanGaps){let H=[];H.push(...Zf(l,c,r,o,E,M,t)),W.gaps=H=a.gaps(i,s,r,o,H),W.clip=$c(H,u.ori,p,x,m,g)}return $!=0&&(W.band=$==2?[ir(i,s,r,o,N,-1),ir(i,s,r,o,N,1)]:ir(i,s,r,o,N,$)),W})}function Qy(n){return Zy(eS,n)}function eS(n,e,t,i,s,r){const o=n.length;if(o<2)return null;const a=new Path2D;if(t(a,n[0],e[0]),o==2)i(a,n[1],e[1]);else{let l=Array(o),c=Array(o-1),u=Array(o-1),h=Array(o-1);for(let f=0;f<o-1;f++)u[f]=e[f+1]-e[f],h[f]=n[f+1]-n[f],c[f]=u[f]/h[f];l[0]=c[0];for(let f=1;f<o-1;f++)c[f]===0||c[f-1]===0||c[f-1]>0!=c[f]>0?l[f]=0:(l[f]=3*(h[f-1]+h[f])/((2*h[f]+h[f-1])/c[f-1]+(h[f]+2*h[f-1])/c[f]),isFinite(l[f])||(l[f]=0));l[o-1]=c[o-2];for(let f=0;f<o-1;f++)s(a,n[f]+h[f]/3,e[f]+l[f]*h[f]/3,n[f+1]-h[f]/3,e[f+1]-l[f+1]*h[f]/3,n[f+1],e[f+1])}return a}const Hh=new Set;function Lp(){for(let n of Hh)n.syncRect(!0)}ea&&(Jr(Nv,Po,Lp),Jr(Fv,Po,Lp,!0),Jr(wc,Po,()=>{Bn.pxRatio=Gt}));const tS=Z_(),nS=j_();function Pp(n,e,t,i){return(i?[n[0],n[1]].concat(n.slice(2)):[n[0]].concat(n.slice(1))).map((r,o)=>Vh(r,o,e,t))}function iS(n,e){return n.map((t,i)=>i==0?{}:Cn({},e,t))}function Vh(n,e,t,i){return Cn({},e==0?t:i,n)}function Q_(n,e,t){return e==null?Go:[e,t]}const sS=Q_;function rS(n,e,t){return e==null?Go:Tc(e,t,Wf,!0)}function e0(n,e,t,i){return e==null?Go:Xc(e,t,n.scales[i].log,!1)}const oS=e0;function t0(n,e,t,i){return e==null?Go:Gf(e,t,n.scales[i].log,!1)}const aS=t0;function lS(n,e,t,i,s){let r=mi(up(n),up(e)),o=e-n,a=us(s/i*o,t);do{let l=t[a],c=i*l/o;if(c>=s&&r+(l<5?Lr.get(l):0)<=17)return[l,c]}while(++a<t.length);return[0,0]}function Ip(n){let e,t;return n=n.replace(/(\d+)px/,(i,s)=>(e=Un((t=+s)*Gt))+"px"),[n,e,t]}function cS(n){n.show&&[n.font,n.labelFont].forEach(e=>{let t=nn(e[2]*Gt,1);e[0]=e[0].replace(/[0-9.]+px/,t+"px"),e[1]=t})}function Bn(n,e,t){const i={mode:zt(n.mode,1)},s=i.mode;function r(S,A,P,F){let q=A.valToPct(S);return F+P*(A.dir==-1?1-q:q)}function o(S,A,P,F){let q=A.valToPct(S);return F+P*(A.dir==-1?q:1-q)}function a(S,A,P,F){return A.ori==0?r(S,A,P,F):o(S,A,P,F)}i.valToPosH=r,i.valToPosV=o;let l=!1;i.status=0;const c=i.root=Yi(gv);if(n.id!=null&&(c.id=n.id),Ni(c,n.class),n.title){let S=Yi(vv,c);S.textContent=n.title}const u=cs("canvas"),h=i.ctx=u.getContext("2d"),f=Yi(yv,c);Jr("click",f,S=>{S.target===p&&(C!=xs||G!=vs)&&fe.click(i,S)},!0);const d=i.under=Yi(Sv,f);f.appendChild(u);const p=i.over=Yi(bv,f);n=Wo(n);const x=+zt(n.pxAlign,1),m=Cp(x);(n.plugins||[]).forEach(S=>{S.opts&&(n=S.opts(i,n)||n)});const g=n.ms||.001,v=i.series=s==1?Pp(n.series||[],bp,Ap,!1):iS(n.series||[null],Tp),M=i.axes=Pp(n.axes||[],Sp,Ep,!0),y=i.scales={},T=i.bands=n.bands||[];T.forEach(S=>{S.fill=It(S.fill||null),S.dir=zt(S.dir,-1)});const b=s==2?v[1].facets[0].scale:v[0].scale,_={axes:ii,series:wt},E=(n.drawOrder||["axes","series"]).map(S=>_[S]);function U(S){const A=S.distr==3?P=>nr(P>0?P:S.clamp(i,P,S.min,S.max,S.key)):S.distr==4?P=>yu(P,S.asinh):S.distr==100?P=>S.fwd(P):P=>P;return P=>{let F=A(P),{_min:q,_max:Z}=S,he=Z-q;return(F-q)/he}}function I(S){let A=y[S];if(A==null){let P=(n.scales||Va)[S]||Va;if(P.from!=null){I(P.from);let F=Cn({},y[P.from],P,{key:S});F.valToPct=U(F),y[S]=F}else{A=y[S]=Cn({},S==b?G_:Xy,P),A.key=S;let F=A.time,q=A.range,Z=Er(q);if((S!=b||s==2&&!F)&&(Z&&(q[0]==null||q[1]==null)&&(q={min:q[0]==null?ap:{mode:1,hard:q[0],soft:q[0]},max:q[1]==null?ap:{mode:1,hard:q[1],soft:q[1]}},Z=!1),!Z&&Yc(q))){let he=q;q=(Se,Le,Be)=>Le==null?Go:Tc(Le,Be,he)}A.range=It(q||(F?sS:S==b?A.distr==3?oS:A.distr==4?aS:Q_:A.distr==3?e0:A.distr==4?t0:rS)),A.auto=It(Z?!1:A.auto),A.clamp=It(A.clamp||Wy),A._min=A._max=null,A.valToPct=U(A)}}}I("x"),I("y"),s==1&&v.forEach(S=>{I(S.scale)}),M.forEach(S=>{I(S.scale)});for(let S in n.scales)I(S);const D=y[b],O=D.distr;let W,N;D.ori==0?(Ni(c,_v),W=r,N=o):(Ni(c,xv),W=o,N=r);const z={};for(let S in y){let A=y[S];(A.min!=null||A.max!=null)&&(z[S]={min:A.min,max:A.max},A.min=A.max=null)}const $=n.tzDate||(S=>new Date(Un(S/g))),H=n.fmtDate||Yf,ue=g==1?_y($):yy($),J=xp($,_p(g==1?gy:vy,H)),ee=yp($,vp(by,H)),re=[],xe=i.legend=Cn({},wy,n.legend),_e=i.cursor=Cn({},Ly,{drag:{y:s==2}},n.cursor),te=xe.show,Me=_e.show,Ae=xe.markers;xe.idxs=re,Ae.width=It(Ae.width),Ae.dash=It(Ae.dash),Ae.stroke=It(Ae.stroke),Ae.fill=It(Ae.fill);let ge,Pe,Qe,dt=[],Ke=[],bt,St=!1,ut={};if(xe.live){const S=v[1]?v[1].values:null;St=S!=null,bt=St?S(i,1,0):{_:0};for(let A in bt)ut[A]=Hf}if(te)if(ge=cs("table",Rv,c),Qe=cs("tbody",null,ge),xe.mount(i,ge),St){Pe=cs("thead",null,ge,Qe);let S=cs("tr",null,Pe);cs("th",null,S);for(var sn in bt)cs("th",$d,S).textContent=sn}else Ni(ge,Dv),xe.live&&Ni(ge,Cv);const Kt={show:!0},xt={show:!1};function Ut(S,A){if(A==0&&(St||!xe.live||s==2))return Go;let P=[],F=cs("tr",Lv,Qe,Qe.childNodes[A]);Ni(F,S.class),S.show||Ni(F,jr);let q=cs("th",null,F);if(Ae.show){let Se=Yi(Pv,q);if(A>0){let Le=Ae.width(i,A);Le&&(Se.style.border=Le+"px "+Ae.dash(i,A)+" "+Ae.stroke(i,A)),Se.style.background=Ae.fill(i,A)}}let Z=Yi($d,q);S.label instanceof HTMLElement?Z.appendChild(S.label):Z.textContent=S.label,A>0&&(Ae.show||(Z.style.color=S.width>0?Ae.stroke(i,A):Ae.fill(i,A)),Ct("click",q,Se=>{if(_e._lock)return;ot(Se);let Le=v.indexOf(S);if((Se.ctrlKey||Se.metaKey)!=xe.isolate){let Be=v.some((Ve,Ye)=>Ye>0&&Ye!=Le&&Ve.show);v.forEach((Ve,Ye)=>{Ye>0&&wn(Ye,Be?Ye==Le?Kt:xt:Kt,!0,An.setSeries)})}else wn(Le,{show:!S.show},!0,An.setSeries)},!1),it&&Ct(Zd,q,Se=>{_e._lock||(ot(Se),wn(v.indexOf(S),lo,!0,An.setSeries))},!1));for(var he in bt){let Se=cs("td",Iv,F);Se.textContent="--",P.push(Se)}return[F,P]}const Mt=new Map;function Ct(S,A,P,F=!0){const q=Mt.get(A)||{},Z=_e.bind[S](i,A,P,F);Z&&(Jr(S,A,q[S]=Z),Mt.set(A,q))}function qt(S,A,P){const F=Mt.get(A)||{};for(let q in F)(S==null||q==S)&&(Uh(q,A,F[q]),delete F[q]);S==null&&Mt.delete(A)}let Zt=0,dn=0,k=0,Ne=0,nt=0,ht=0,Re=nt,Lt=ht,ze=k,Ze=Ne,L=0,w=0,Y=0,pe=0;i.bbox={};let le=!1,be=!1,Ee=!1,se=!1,oe=!1,ve=!1;function B(S,A,P){(P||S!=i.width||A!=i.height)&&ae(S,A),pt(!1),Ee=!0,be=!0,In()}function ae(S,A){i.width=Zt=k=S,i.height=dn=Ne=A,nt=ht=0,Ce(),je();let P=i.bbox;L=P.left=Yr(nt*Gt,.5),w=P.top=Yr(ht*Gt,.5),Y=P.width=Yr(k*Gt,.5),pe=P.height=Yr(Ne*Gt,.5)}const ie=3;function we(){let S=!1,A=0;for(;!S;){A++;let P=ts(A),F=Ai(A);S=A==ie||P&&F,S||(ae(i.width,i.height),be=!0)}}function ye({width:S,height:A}){B(S,A)}i.setSize=ye;function Ce(){let S=!1,A=!1,P=!1,F=!1;M.forEach((q,Z)=>{if(q.show&&q._show){let{side:he,_size:Se}=q,Le=he%2,Be=q.label!=null?q.labelSize:0,Ve=Se+Be;Ve>0&&(Le?(k-=Ve,he==3?(nt+=Ve,F=!0):P=!0):(Ne-=Ve,he==0?(ht+=Ve,S=!0):A=!0))}}),Vi[0]=S,Vi[1]=P,Vi[2]=A,Vi[3]=F,k-=Jn[1]+Jn[3],nt+=Jn[3],Ne-=Jn[2]+Jn[0],ht+=Jn[0]}function je(){let S=nt+k,A=ht+Ne,P=nt,F=ht;function q(Z,he){switch(Z){case 1:return S+=he,S-he;case 2:return A+=he,A-he;case 3:return P-=he,P+he;case 0:return F-=he,F+he}}M.forEach((Z,he)=>{if(Z.show&&Z._show){let Se=Z.side;Z._pos=q(Se,Z._size),Z.label!=null&&(Z._lpos=q(Se,Z.labelSize))}})}if(_e.dataIdx==null){let S=_e.hover,A=S.skip=new Set(S.skip??[]);A.add(void 0);let P=S.prox=It(S.prox),F=S.bias??=0;_e.dataIdx=(q,Z,he,Se)=>{if(Z==0)return he;let Le=he,Be=P(q,Z,he,Se)??tn,Ve=Be>=0&&Be<tn,Ye=D.ori==0?k:Ne,gt=_e.left,Vt=e[0],Bt=e[Z];if(A.has(Bt[he])){Le=null;let Pt=null,ct=null,et;if(F==0||F==-1)for(et=he;Pt==null&&et-- >0;)A.has(Bt[et])||(Pt=et);if(F==0||F==1)for(et=he;ct==null&&et++<Bt.length;)A.has(Bt[et])||(ct=et);if(Pt!=null||ct!=null)if(Ve){let cn=Pt==null?-1/0:W(Vt[Pt],D,Ye,0),Sn=ct==null?1/0:W(Vt[ct],D,Ye,0),Xn=gt-cn,Qt=Sn-gt;Xn<=Qt?Xn<=Be&&(Le=Pt):Qt<=Be&&(Le=ct)}else Le=ct==null?Pt:Pt==null?ct:he-Pt<=ct-he?Pt:ct}else Ve&&On(gt-W(Vt[he],D,Ye,0))>Be&&(Le=null);return Le}}const ot=S=>{_e.event=S};_e.idxs=re,_e._lock=!1;let de=_e.points;de.show=It(de.show),de.size=It(de.size),de.stroke=It(de.stroke),de.width=It(de.width),de.fill=It(de.fill);const Ge=i.focus=Cn({},n.focus||{alpha:.3},_e.focus),it=Ge.prox>=0,Ie=it&&de.one;let st=[],Ot=[],Pn=[];function ar(S,A){let P=de.show(i,A);if(P instanceof HTMLElement)return Ni(P,Av),Ni(P,S.class),Ms(P,-10,-10,k,Ne),p.insertBefore(P,st[A]),P}function lr(S,A){if(s==1||A>0){let P=s==1&&y[S.scale].time,F=S.value;S.value=P?dp(F)?yp($,vp(F,H)):F||ee:F||Hy,S.label=S.label||(P?Iy:Py)}if(Ie||A>0){S.width=S.width==null?1:S.width,S.paths=S.paths||tS||Xv,S.fillTo=It(S.fillTo||qy),S.pxAlign=+zt(S.pxAlign,x),S.pxRound=Cp(S.pxAlign),S.stroke=It(S.stroke||null),S.fill=It(S.fill||null),S._stroke=S._fill=S._paths=S._focus=null;let P=Vy(mi(1,S.width),1),F=S.points=Cn({},{size:P,width:mi(1,P*.2),stroke:S.stroke,space:P*2,paths:nS,_stroke:null,_fill:null},S.points);F.show=It(F.show),F.filter=It(F.filter),F.fill=It(F.fill),F.stroke=It(F.stroke),F.paths=It(F.paths),F.pxAlign=S.pxAlign}if(te){let P=Ut(S,A);dt.splice(A,0,P[0]),Ke.splice(A,0,P[1]),xe.values.push(null)}if(Me){re.splice(A,0,null);let P=null;Ie?A==0&&(P=ar(S,A)):A>0&&(P=ar(S,A)),st.splice(A,0,P),Ot.splice(A,0,0),Pn.splice(A,0,0)}Wn("addSeries",A)}function ca(S,A){A=A??v.length,S=s==1?Vh(S,A,bp,Ap):Vh(S,A,{},Tp),v.splice(A,0,S),lr(v[A],A)}i.addSeries=ca;function cr(S){if(v.splice(S,1),te){xe.values.splice(S,1),Ke.splice(S,1);let A=dt.splice(S,1)[0];qt(null,A.firstChild),A.remove()}Me&&(re.splice(S,1),st.splice(S,1)[0].remove(),Ot.splice(S,1),Pn.splice(S,1)),Wn("delSeries",S)}i.delSeries=cr;const Vi=[!1,!1,!1,!1];function wi(S,A){if(S._show=S.show,S.show){let P=S.side%2,F=y[S.scale];F==null&&(S.scale=P?v[1].scale:b,F=y[S.scale]);let q=F.time;S.size=It(S.size),S.space=It(S.space),S.rotate=It(S.rotate),Er(S.incrs)&&S.incrs.forEach(he=>{!Lr.has(he)&&Lr.set(he,E_(he))}),S.incrs=It(S.incrs||(F.distr==2?dy:q?g==1?my:xy:$r)),S.splits=It(S.splits||(q&&F.distr==1?ue:F.distr==3?kh:F.distr==4?Uy:Fy)),S.stroke=It(S.stroke),S.grid.stroke=It(S.grid.stroke),S.ticks.stroke=It(S.ticks.stroke),S.border.stroke=It(S.border.stroke);let Z=S.values;S.values=Er(Z)&&!Er(Z[0])?It(Z):q?Er(Z)?xp($,_p(Z,H)):dp(Z)?Sy($,Z):Z||J:Z||Ny,S.filter=It(S.filter||(F.distr>=3&&F.log==10?By:F.distr==3&&F.log==2?zy:b_)),S.font=Ip(S.font),S.labelFont=Ip(S.labelFont),S._size=S.size(i,null,A,0),S._space=S._rotate=S._incrs=S._found=S._splits=S._values=null,S._size>0&&(Vi[A]=!0,S._el=Yi(Mv,f))}}function Qi(S,A,P,F){let[q,Z,he,Se]=P,Le=A%2,Be=0;return Le==0&&(Se||Z)&&(Be=A==0&&!q||A==2&&!he?Un(Sp.size/3):0),Le==1&&(q||he)&&(Be=A==1&&!Z||A==3&&!Se?Un(Ep.size/2):0),Be}const Or=i.padding=(n.padding||[Qi,Qi,Qi,Qi]).map(S=>It(zt(S,Qi))),Jn=i._padding=Or.map((S,A)=>S(i,A,Vi,0));let hn,pn=null,vt=null;const ai=s==1?v[0].idxs:null;let li=null,es=!1;function Hs(S,A){if(e=S??[],i.data=i._data=e,s==2){hn=0;for(let P=1;P<v.length;P++)hn+=e[P][0].length}else{e.length==0&&(i.data=i._data=e=[[]]),li=e[0],hn=li.length;let P=e;if(O==2){P=e.slice();let F=P[0]=Array(hn);for(let q=0;q<hn;q++)F[q]=q}i._data=e=P}if(pt(!0),Wn("setData"),O==2&&(Ee=!0),A!==!1){let P=D;P.auto(i,es)?ur():yn(b,P.min,P.max),se=se||_e.left>=0,ve=!0,In()}}i.setData=Hs;function ur(){es=!0;let S,A;s==1&&(hn>0?(pn=ai[0]=0,vt=ai[1]=hn-1,S=e[0][pn],A=e[0][vt],O==2?(S=pn,A=vt):S==A&&(O==3?[S,A]=Xc(S,S,D.log,!1):O==4?[S,A]=Gf(S,S,D.log,!1):D.time?A=S+Un(86400/g):[S,A]=Tc(S,A,Wf,!0))):(pn=ai[0]=S=null,vt=ai[1]=A=null)),yn(b,S,A)}let Vs,_s,hr,R,X,Q,K,j,Te,Fe;function De(S,A,P,F,q,Z){S??=jd,P??=qf,F??="butt",q??=jd,Z??="round",S!=Vs&&(h.strokeStyle=Vs=S),q!=_s&&(h.fillStyle=_s=q),A!=hr&&(h.lineWidth=hr=A),Z!=X&&(h.lineJoin=X=Z),F!=Q&&(h.lineCap=Q=F),P!=R&&h.setLineDash(R=P)}function Ue(S,A,P,F){A!=_s&&(h.fillStyle=_s=A),S!=K&&(h.font=K=S),P!=j&&(h.textAlign=j=P),F!=Te&&(h.textBaseline=Te=F)}function We(S,A,P,F,q=0){if(F.length>0&&S.auto(i,es)&&(A==null||A.min==null)){let Z=zt(pn,0),he=zt(vt,F.length-1),Se=P.min==null?Bv(F,Z,he,q,S.distr==3):[P.min,P.max];S.min=hs(S.min,P.min=Se[0]),S.max=mi(S.max,P.max=Se[1])}}const lt={min:null,max:null};function Et(){for(let F in y){let q=y[F];z[F]==null&&(q.min==null||z[b]!=null&&q.auto(i,es))&&(z[F]=lt)}for(let F in y){let q=y[F];z[F]==null&&q.from!=null&&z[q.from]!=null&&(z[F]=lt)}z[b]!=null&&pt(!0);let S={};for(let F in z){let q=z[F];if(q!=null){let Z=S[F]=Wo(y[F],$v);if(q.min!=null)Cn(Z,q);else if(F!=b||s==2)if(hn==0&&Z.from==null){let he=Z.range(i,null,null,F);Z.min=he[0],Z.max=he[1]}else Z.min=tn,Z.max=-tn}}if(hn>0){v.forEach((F,q)=>{if(s==1){let Z=F.scale,he=z[Z];if(he==null)return;let Se=S[Z];if(q==0){let Le=Se.range(i,Se.min,Se.max,Z);Se.min=Le[0],Se.max=Le[1],pn=us(Se.min,e[0]),vt=us(Se.max,e[0]),vt-pn>1&&(e[0][pn]<Se.min&&pn++,e[0][vt]>Se.max&&vt--),F.min=li[pn],F.max=li[vt]}else F.show&&F.auto&&We(Se,he,F,e[q],F.sorted);F.idxs[0]=pn,F.idxs[1]=vt}else if(q>0&&F.show&&F.auto){let[Z,he]=F.facets,Se=Z.scale,Le=he.scale,[Be,Ve]=e[q],Ye=S[Se],gt=S[Le];Ye!=null&&We(Ye,z[Se],Z,Be,Z.sorted),gt!=null&&We(gt,z[Le],he,Ve,he.sorted),F.min=he.min,F.max=he.max}});for(let F in S){let q=S[F],Z=z[F];if(q.from==null&&(Z==null||Z.min==null)){let he=q.range(i,q.min==tn?null:q.min,q.max==-tn?null:q.max,F);q.min=he[0],q.max=he[1]}}}for(let F in S){let q=S[F];if(q.from!=null){let Z=S[q.from];if(Z.min==null)q.min=q.max=null;else{let he=q.range(i,Z.min,Z.max,F);q.min=he[0],q.max=he[1]}}}let A={},P=!1;for(let F in S){let q=S[F],Z=y[F];if(Z.min!=q.min||Z.max!=q.max){Z.min=q.min,Z.max=q.max;let he=Z.distr;Z._min=he==3?nr(Z.min):he==4?yu(Z.min,Z.asinh):he==100?Z.fwd(Z.min):Z.min,Z._max=he==3?nr(Z.max):he==4?yu(Z.max,Z.asinh):he==100?Z.fwd(Z.max):Z.max,A[F]=P=!0}}if(P){v.forEach((F,q)=>{s==2?q>0&&A.y&&(F._paths=null):A[F.scale]&&(F._paths=null)});for(let F in A)Ee=!0,Wn("setScale",F);Me&&_e.left>=0&&(se=ve=!0)}for(let F in z)z[F]=null}function Xe(S){let A=Oh(pn-1,0,hn-1),P=Oh(vt+1,0,hn-1);for(;S[A]==null&&A>0;)A--;for(;S[P]==null&&P<hn-1;)P++;return[A,P]}function wt(){if(hn>0){let S=v.some(A=>A._focus)&&Fe!=Ge.alpha;S&&(h.globalAlpha=Fe=Ge.alpha),v.forEach((A,P)=>{if(P>0&&A.show&&(an(P,!1),an(P,!0),A._paths==null)){let F=Fe;Fe!=A.alpha&&(h.globalAlpha=Fe=A.alpha);let q=s==2?[0,e[P][0].length-1]:Xe(e[P]);A._paths=A.paths(i,P,q[0],q[1]),Fe!=F&&(h.globalAlpha=Fe=F)}}),v.forEach((A,P)=>{if(P>0&&A.show){let F=Fe;Fe!=A.alpha&&(h.globalAlpha=Fe=A.alpha),A._paths!=null&&Ht(P,!1);{let q=A._paths!=null?A._paths.gaps:null,Z=A.points.show(i,P,pn,vt,q),he=A.points.filter(i,P,Z,q);(Z||he)&&(A.points._paths=A.points.paths(i,P,pn,vt,he),Ht(P,!0))}Fe!=F&&(h.globalAlpha=Fe=F),Wn("drawSeries",P)}}),S&&(h.globalAlpha=Fe=1)}}function an(S,A){let P=A?v[S].points:v[S];P._stroke=P.stroke(i,S),P._fill=P.fill(i,S)}function Ht(S,A){let P=A?v[S].points:v[S],{stroke:F,fill:q,clip:Z,flags:he,_stroke:Se=P._stroke,_fill:Le=P._fill,_width:Be=P.width}=P._paths;Be=nn(Be*Gt,3);let Ve=null,Ye=Be%2/2;A&&Le==null&&(Le=Be>0?"#fff":Se);let gt=P.pxAlign==1&&Ye>0;if(gt&&h.translate(Ye,Ye),!A){let Vt=L-Be/2,Bt=w-Be/2,Pt=Y+Be,ct=pe+Be;Ve=new Path2D,Ve.rect(Vt,Bt,Pt,ct)}A?He(Se,Be,P.dash,P.cap,Le,F,q,he,Z):kt(S,Se,Be,P.dash,P.cap,Le,F,q,he,Ve,Z),gt&&h.translate(-Ye,-Ye)}function kt(S,A,P,F,q,Z,he,Se,Le,Be,Ve){let Ye=!1;Le!=0&&T.forEach((gt,Vt)=>{if(gt.series[0]==S){let Bt=v[gt.series[1]],Pt=e[gt.series[1]],ct=(Bt._paths||Va).band;Er(ct)&&(ct=gt.dir==1?ct[0]:ct[1]);let et,cn=null;Bt.show&&ct&&Hv(Pt,pn,vt)?(cn=gt.fill(i,Vt)||Z,et=Bt._paths.clip):ct=null,He(A,P,F,q,cn,he,Se,Le,Be,Ve,et,ct),Ye=!0}}),Ye||He(A,P,F,q,Z,he,Se,Le,Be,Ve)}const En=Xo|zh;function He(S,A,P,F,q,Z,he,Se,Le,Be,Ve,Ye){De(S,A,P,F,q),(Le||Be||Ye)&&(h.save(),Le&&h.clip(Le),Be&&h.clip(Be)),Ye?(Se&En)==En?(h.clip(Ye),Ve&&h.clip(Ve),Tt(q,he),ln(S,Z,A)):Se&zh?(Tt(q,he),h.clip(Ye),ln(S,Z,A)):Se&Xo&&(h.save(),h.clip(Ye),Ve&&h.clip(Ve),Tt(q,he),h.restore(),ln(S,Z,A)):(Tt(q,he),ln(S,Z,A)),(Le||Be||Ye)&&h.restore()}function ln(S,A,P){P>0&&(A instanceof Map?A.forEach((F,q)=>{h.strokeStyle=Vs=q,h.stroke(F)}):A!=null&&S&&h.stroke(A))}function Tt(S,A){A instanceof Map?A.forEach((P,F)=>{h.fillStyle=_s=F,h.fill(P)}):A!=null&&S&&h.fill(A)}function Ti(S,A,P,F){let q=M[S],Z;if(F<=0)Z=[0,0];else{let he=q._space=q.space(i,S,A,P,F),Se=q._incrs=q.incrs(i,S,A,P,F,he);Z=lS(A,P,Se,F,he)}return q._found=Z}function fn(S,A,P,F,q,Z,he,Se,Le,Be){let Ve=he%2/2;x==1&&h.translate(Ve,Ve),De(Se,he,Le,Be,Se),h.beginPath();let Ye,gt,Vt,Bt,Pt=q+(F==0||F==3?-Z:Z);P==0?(gt=q,Bt=Pt):(Ye=q,Vt=Pt);for(let ct=0;ct<S.length;ct++)A[ct]!=null&&(P==0?Ye=Vt=S[ct]:gt=Bt=S[ct],h.moveTo(Ye,gt),h.lineTo(Vt,Bt));h.stroke(),x==1&&h.translate(-Ve,-Ve)}function ts(S){let A=!0;return M.forEach((P,F)=>{if(!P.show)return;let q=y[P.scale];if(q.min==null){P._show&&(A=!1,P._show=!1,pt(!1));return}else P._show||(A=!1,P._show=!0,pt(!1));let Z=P.side,he=Z%2,{min:Se,max:Le}=q,[Be,Ve]=Ti(F,Se,Le,he==0?k:Ne);if(Ve==0)return;let Ye=q.distr==2,gt=P._splits=P.splits(i,F,Se,Le,Be,Ve,Ye),Vt=q.distr==2?gt.map(et=>li[et]):gt,Bt=q.distr==2?li[gt[1]]-li[gt[0]]:Be,Pt=P._values=P.values(i,P.filter(i,Vt,F,Ve,Bt),F,Ve,Bt);P._rotate=Z==2?P.rotate(i,Pt,F,Ve):0;let ct=P._size;P._size=ji(P.size(i,Pt,F,S)),ct!=null&&P._size!=ct&&(A=!1)}),A}function Ai(S){let A=!0;return Or.forEach((P,F)=>{let q=P(i,F,Vi,S);q!=Jn[F]&&(A=!1),Jn[F]=q}),A}function ii(){for(let S=0;S<M.length;S++){let A=M[S];if(!A.show||!A._show)continue;let P=A.side,F=P%2,q,Z,he=A.stroke(i,S),Se=P==0||P==3?-1:1,[Le,Be]=A._found;if(A.label!=null){let ui=A.labelGap*Se,Li=Un((A._lpos+ui)*Gt);Ue(A.labelFont[0],he,"center",P==2?ga:Kd),h.save(),F==1?(q=Z=0,h.translate(Li,Un(w+pe/2)),h.rotate((P==3?-gc:gc)/2)):(q=Un(L+Y/2),Z=Li);let zr=y_(A.label)?A.label(i,S,Le,Be):A.label;h.fillText(zr,q,Z),h.restore()}if(Be==0)continue;let Ve=y[A.scale],Ye=F==0?Y:pe,gt=F==0?L:w,Vt=A._splits,Bt=Ve.distr==2?Vt.map(ui=>li[ui]):Vt,Pt=Ve.distr==2?li[Vt[1]]-li[Vt[0]]:Le,ct=A.ticks,et=A.border,cn=ct.show?ct.size:0,Sn=Un(cn*Gt),Xn=Un((A.alignTo==2?A._size-cn-A.gap:A.gap)*Gt),Qt=A._rotate*-gc/180,bn=m(A._pos*Gt),Ci=(Sn+Xn)*Se,ci=bn+Ci;Z=F==0?ci:0,q=F==1?ci:0;let Gi=A.font[0],is=A.align==1?uo:A.align==2?_u:Qt>0?uo:Qt<0?_u:F==0?"center":P==3?_u:uo,Ss=Qt||F==1?"middle":P==2?ga:Kd;Ue(Gi,he,is,Ss);let Di=A.font[1]*A.lineGap,Wi=Vt.map(ui=>m(a(ui,Ve,Ye,gt))),ss=A._values;for(let ui=0;ui<ss.length;ui++){let Li=ss[ui];if(Li!=null){F==0?q=Wi[ui]:Z=Wi[ui],Li=""+Li;let zr=Li.indexOf(`
`)==-1?[Li]:Li.split(/\n/gm);for(let hi=0;hi<zr.length;hi++){let Wd=zr[hi];Qt?(h.save(),h.translate(q,Z+hi*Di),h.rotate(Qt),h.fillText(Wd,0,0),h.restore()):h.fillText(Wd,q,Z+hi*Di)}}}ct.show&&fn(Wi,ct.filter(i,Bt,S,Be,Pt),F,P,bn,Sn,nn(ct.width*Gt,3),ct.stroke(i,S),ct.dash,ct.cap);let bs=A.grid;bs.show&&fn(Wi,bs.filter(i,Bt,S,Be,Pt),F,F==0?2:1,F==0?w:L,F==0?pe:Y,nn(bs.width*Gt,3),bs.stroke(i,S),bs.dash,bs.cap),et.show&&fn([bn],[1],F==0?1:0,F==0?1:2,F==1?w:L,F==1?pe:Y,nn(et.width*Gt,3),et.stroke(i,S),et.dash,et.cap)}Wn("drawAxes")}function pt(S){v.forEach((A,P)=>{P>0&&(A._paths=null,S&&(s==1?(A.min=null,A.max=null):A.facets.forEach(F=>{F.min=null,F.max=null})))})}let Nt=!1,Zn=!1,Ft=[];function vn(){Zn=!1;for(let S=0;S<Ft.length;S++)Wn(...Ft[S]);Ft.length=0}function In(){Nt||(ty(bl),Nt=!0)}function ns(S,A=!1){Nt=!0,Zn=A,S(i),bl(),A&&Ft.length>0&&queueMicrotask(vn)}i.batch=ns;function bl(){if(le&&(Et(),le=!1),Ee&&(we(),Ee=!1),be){if(un(d,uo,nt),un(d,ga,ht),un(d,Pa,k),un(d,Ia,Ne),un(p,uo,nt),un(p,ga,ht),un(p,Pa,k),un(p,Ia,Ne),un(f,Pa,Zt),un(f,Ia,dn),u.width=Un(Zt*Gt),u.height=Un(dn*Gt),M.forEach(({_el:S,_show:A,_size:P,_pos:F,side:q})=>{if(S!=null)if(A){let Z=q===3||q===0?P:0,he=q%2==1;un(S,he?"left":"top",F-Z),un(S,he?"width":"height",P),un(S,he?"top":"left",he?ht:nt),un(S,he?"height":"width",he?Ne:k),Fh(S,jr)}else Ni(S,jr)}),Vs=_s=hr=X=Q=K=j=Te=R=null,Fe=1,pa(!0),nt!=Re||ht!=Lt||k!=ze||Ne!=Ze){pt(!1);let S=k/ze,A=Ne/Ze;if(Me&&!se&&_e.left>=0){_e.left*=S,_e.top*=A,fr&&Ms(fr,Un(_e.left),0,k,Ne),dr&&Ms(dr,0,Un(_e.top),k,Ne);for(let P=0;P<st.length;P++){let F=st[P];F!=null&&(Ot[P]*=S,Pn[P]*=A,Ms(F,ji(Ot[P]),ji(Pn[P]),k,Ne))}}if($e.show&&!oe&&$e.left>=0&&$e.width>0){$e.left*=S,$e.width*=S,$e.top*=A,$e.height*=A;for(let P in hu)un(rn,P,$e[P])}Re=nt,Lt=ht,ze=k,Ze=Ne}Wn("setSize"),be=!1}Zt>0&&dn>0&&(h.clearRect(0,0,u.width,u.height),Wn("drawClear"),E.forEach(S=>S()),Wn("draw")),$e.show&&oe&&(gi($e),oe=!1),Me&&se&&(Br(null,!0,!1),se=!1),xe.show&&xe.live&&ve&&(cu(),ve=!1),l||(l=!0,i.status=1,Wn("ready")),es=!1,Nt=!1}i.redraw=(S,A)=>{Ee=A||!1,S!==!1?yn(b,D.min,D.max):In()};function ro(S,A){let P=y[S];if(P.from==null){if(hn==0){let F=P.range(i,A.min,A.max,S);A.min=F[0],A.max=F[1]}if(A.min>A.max){let F=A.min;A.min=A.max,A.max=F}if(hn>1&&A.min!=null&&A.max!=null&&A.max-A.min<1e-16)return;S==b&&P.distr==2&&hn>0&&(A.min=us(A.min,e[0]),A.max=us(A.max,e[0]),A.min==A.max&&A.max++),z[S]=A,le=!0,In()}}i.setScale=ro;let ua,oo,fr,dr,ha,Ml,xs,vs,ao,me,C,G,ce=!1;const fe=_e.drag;let ke=fe.x,qe=fe.y;Me&&(_e.x&&(ua=Yi(wv,p)),_e.y&&(oo=Yi(Tv,p)),D.ori==0?(fr=ua,dr=oo):(fr=oo,dr=ua),C=_e.left,G=_e.top);const $e=i.select=Cn({show:!0,over:!0,left:0,width:0,top:0,height:0},n.select),rn=$e.show?Yi(Ev,$e.over?p:d):null;function gi(S,A){if($e.show){for(let P in S)$e[P]=S[P],P in hu&&un(rn,P,S[P]);A!==!1&&Wn("setSelect")}}i.setSelect=gi;function Ri(S){if(v[S].show)te&&Fh(dt[S],jr);else if(te&&Ni(dt[S],jr),Me){let P=Ie?st[0]:st[S];P!=null&&Ms(P,-10,-10,k,Ne)}}function yn(S,A,P){ro(S,{min:A,max:P})}function wn(S,A,P,F){A.focus!=null&&Xx(S),A.show!=null&&v.forEach((q,Z)=>{Z>0&&(S==Z||S==null)&&(q.show=A.show,Ri(Z),s==2?(yn(q.facets[0].scale,null,null),yn(q.facets[1].scale,null,null)):yn(q.scale,null,null),In())}),P!==!1&&Wn("setSeries",S,A),F&&ma("setSeries",i,S,A)}i.setSeries=wn;function Nn(S,A){Cn(T[S],A)}function El(S,A){S.fill=It(S.fill||null),S.dir=zt(S.dir,-1),A=A??T.length,T.splice(A,0,S)}function Gx(S){S==null?T.length=0:T.splice(S,1)}i.addBand=El,i.setBand=Nn,i.delBand=Gx;function Wx(S,A){v[S].alpha=A,Me&&st[S]!=null&&(st[S].style.opacity=A),te&&dt[S]&&(dt[S].style.opacity=A)}let Gs,pr,kr;const lo={focus:!0};function Xx(S){if(S!=kr){let A=S==null,P=Ge.alpha!=1;v.forEach((F,q)=>{if(s==1||q>0){let Z=A||q==0||q==S;F._focus=A?null:Z,P&&Wx(q,Z?1:Ge.alpha)}}),kr=S,P&&In()}}te&&it&&Ct(Qd,ge,S=>{_e._lock||(ot(S),kr!=null&&wn(null,lo,!0,An.setSeries))});function ys(S,A,P){let F=y[A];P&&(S=S/Gt-(F.ori==1?ht:nt));let q=k;F.ori==1&&(q=Ne,S=q-S),F.dir==-1&&(S=q-S);let Z=F._min,he=F._max,Se=S/q,Le=Z+(he-Z)*Se,Be=F.distr;return Be==3?Vo(10,Le):Be==4?Gv(Le,F.asinh):Be==100?F.bwd(Le):Le}function qx(S,A){let P=ys(S,b,A);return us(P,e[0],pn,vt)}i.valToIdx=S=>us(S,e[0]),i.posToIdx=qx,i.posToVal=ys,i.valToPos=(S,A,P)=>y[A].ori==0?r(S,y[A],P?Y:k,P?L:0):o(S,y[A],P?pe:Ne,P?w:0),i.setCursor=(S,A,P)=>{C=S.left,G=S.top,Br(null,A,P)};function Ld(S,A){un(rn,uo,$e.left=S),un(rn,Pa,$e.width=A)}function Pd(S,A){un(rn,ga,$e.top=S),un(rn,Ia,$e.height=A)}let fa=D.ori==0?Ld:Pd,da=D.ori==1?Ld:Pd;function Yx(){if(te&&xe.live)for(let S=s==2?1:0;S<v.length;S++){if(S==0&&St)continue;let A=xe.values[S],P=0;for(let F in A)Ke[S][P++].firstChild.nodeValue=A[F]}}function cu(S,A){if(S!=null&&(S.idxs?S.idxs.forEach((P,F)=>{re[F]=P}):Yv(S.idx)||re.fill(S.idx),xe.idx=re[0]),te&&xe.live){for(let P=0;P<v.length;P++)(P>0||s==1&&!St)&&$x(P,re[P]);Yx()}ve=!1,A!==!1&&Wn("setLegend")}i.setLegend=cu;function $x(S,A){let P=v[S],F=S==0&&O==2?li:e[S],q;St?q=P.values(i,S,A)??ut:(q=P.value(i,A==null?null:F[A],S,A),q=q==null?ut:{_:q}),xe.values[S]=q}function Br(S,A,P){ao=C,me=G,[C,G]=_e.move(i,C,G),_e.left=C,_e.top=G,Me&&(fr&&Ms(fr,Un(C),0,k,Ne),dr&&Ms(dr,0,Un(G),k,Ne));let F,q=pn>vt;Gs=tn,pr=null;let Z=D.ori==0?k:Ne,he=D.ori==1?k:Ne;if(C<0||hn==0||q){F=_e.idx=null;for(let Se=0;Se<v.length;Se++){let Le=st[Se];Le!=null&&Ms(Le,-10,-10,k,Ne)}it&&wn(null,lo,!0,S==null&&An.setSeries),xe.live&&(re.fill(F),ve=!0)}else{let Se,Le,Be;s==1&&(Se=D.ori==0?C:G,Le=ys(Se,b),F=_e.idx=us(Le,e[0],pn,vt),Be=W(e[0][F],D,Z,0));let Ve=-10,Ye=-10,gt=0,Vt=0,Bt=!0,Pt="",ct="";for(let et=s==2?1:0;et<v.length;et++){let cn=v[et],Sn=re[et],Xn=Sn==null?null:s==1?e[et][Sn]:e[et][1][Sn],Qt=_e.dataIdx(i,et,F,Le),bn=Qt==null?null:s==1?e[et][Qt]:e[et][1][Qt];if(ve=ve||bn!=Xn||Qt!=Sn,re[et]=Qt,et>0&&cn.show){let Ci=Qt==null?-10:Qt==F?Be:W(s==1?e[0][Qt]:e[et][0][Qt],D,Z,0),ci=bn==null?-10:N(bn,s==1?y[cn.scale]:y[cn.facets[1].scale],he,0);if(it&&bn!=null){let Gi=D.ori==1?C:G,is=On(Ge.dist(i,et,Qt,ci,Gi));if(is<Gs){let Ss=Ge.bias;if(Ss!=0){let Di=ys(Gi,cn.scale),Wi=bn>=0?1:-1,ss=Di>=0?1:-1;ss==Wi&&(ss==1?Ss==1?bn>=Di:bn<=Di:Ss==1?bn<=Di:bn>=Di)&&(Gs=is,pr=et)}else Gs=is,pr=et}}if(ve||Ie){let Gi,is;D.ori==0?(Gi=Ci,is=ci):(Gi=ci,is=Ci);let Ss,Di,Wi,ss,bs,ui,Li=!0,zr=de.bbox;if(zr!=null){Li=!1;let hi=zr(i,et);Wi=hi.left,ss=hi.top,Ss=hi.width,Di=hi.height}else Wi=Gi,ss=is,Ss=Di=de.size(i,et);if(ui=de.fill(i,et),bs=de.stroke(i,et),Ie)et==pr&&Gs<=Ge.prox&&(Ve=Wi,Ye=ss,gt=Ss,Vt=Di,Bt=Li,Pt=ui,ct=bs);else{let hi=st[et];hi!=null&&(Ot[et]=Wi,Pn[et]=ss,op(hi,Ss,Di,Li),sp(hi,ui,bs),Ms(hi,ji(Wi),ji(ss),k,Ne))}}}}if(Ie){let et=Ge.prox,cn=kr==null?Gs<=et:Gs>et||pr!=kr;if(ve||cn){let Sn=st[0];Sn!=null&&(Ot[0]=Ve,Pn[0]=Ye,op(Sn,gt,Vt,Bt),sp(Sn,Pt,ct),Ms(Sn,ji(Ve),ji(Ye),k,Ne))}}}if($e.show&&ce)if(S!=null){let[Se,Le]=An.scales,[Be,Ve]=An.match,[Ye,gt]=S.cursor.sync.scales,Vt=S.cursor.drag;if(ke=Vt._x,qe=Vt._y,ke||qe){let{left:Bt,top:Pt,width:ct,height:et}=S.select,cn=S.scales[Ye].ori,Sn=S.posToVal,Xn,Qt,bn,Ci,ci,Gi=Se!=null&&Be(Se,Ye),is=Le!=null&&Ve(Le,gt);Gi&&ke?(cn==0?(Xn=Bt,Qt=ct):(Xn=Pt,Qt=et),bn=y[Se],Ci=W(Sn(Xn,Ye),bn,Z,0),ci=W(Sn(Xn+Qt,Ye),bn,Z,0),fa(hs(Ci,ci),On(ci-Ci))):fa(0,Z),is&&qe?(cn==1?(Xn=Bt,Qt=ct):(Xn=Pt,Qt=et),bn=y[Le],Ci=N(Sn(Xn,gt),bn,he,0),ci=N(Sn(Xn+Qt,gt),bn,he,0),da(hs(Ci,ci),On(ci-Ci))):da(0,he)}else fu()}else{let Se=On(ao-ha),Le=On(me-Ml);if(D.ori==1){let gt=Se;Se=Le,Le=gt}ke=fe.x&&Se>=fe.dist,qe=fe.y&&Le>=fe.dist;let Be=fe.uni;Be!=null?ke&&qe&&(ke=Se>=Be,qe=Le>=Be,!ke&&!qe&&(Le>Se?qe=!0:ke=!0)):fe.x&&fe.y&&(ke||qe)&&(ke=qe=!0);let Ve,Ye;ke&&(D.ori==0?(Ve=xs,Ye=C):(Ve=vs,Ye=G),fa(hs(Ve,Ye),On(Ye-Ve)),qe||da(0,he)),qe&&(D.ori==1?(Ve=xs,Ye=C):(Ve=vs,Ye=G),da(hs(Ve,Ye),On(Ye-Ve)),ke||fa(0,Z)),!ke&&!qe&&(fa(0,0),da(0,0))}if(fe._x=ke,fe._y=qe,S==null){if(P){if(Gd!=null){let[Se,Le]=An.scales;An.values[0]=Se!=null?ys(D.ori==0?C:G,Se):null,An.values[1]=Le!=null?ys(D.ori==1?C:G,Le):null}ma(xu,i,C,G,k,Ne,F)}if(it){let Se=P&&An.setSeries,Le=Ge.prox;kr==null?Gs<=Le&&wn(pr,lo,!0,Se):Gs>Le?wn(null,lo,!0,Se):pr!=kr&&wn(pr,lo,!0,Se)}}ve&&(xe.idx=F,cu()),A!==!1&&Wn("setCursor")}let mr=null;Object.defineProperty(i,"rect",{get(){return mr==null&&pa(!1),mr}});function pa(S=!1){S?mr=null:(mr=p.getBoundingClientRect(),Wn("syncRect",mr))}function Id(S,A,P,F,q,Z,he){_e._lock||ce&&S!=null&&S.movementX==0&&S.movementY==0||(uu(S,A,P,F,q,Z,he,!1,S!=null),S!=null?Br(null,!0,!0):Br(A,!0,!1))}function uu(S,A,P,F,q,Z,he,Se,Le){if(mr==null&&pa(!1),ot(S),S!=null)P=S.clientX-mr.left,F=S.clientY-mr.top;else{if(P<0||F<0){C=-10,G=-10;return}let[Be,Ve]=An.scales,Ye=A.cursor.sync,[gt,Vt]=Ye.values,[Bt,Pt]=Ye.scales,[ct,et]=An.match,cn=A.axes[0].side%2==1,Sn=D.ori==0?k:Ne,Xn=D.ori==1?k:Ne,Qt=cn?Z:q,bn=cn?q:Z,Ci=cn?F:P,ci=cn?P:F;if(Bt!=null?P=ct(Be,Bt)?a(gt,y[Be],Sn,0):-10:P=Sn*(Ci/Qt),Pt!=null?F=et(Ve,Pt)?a(Vt,y[Ve],Xn,0):-10:F=Xn*(ci/bn),D.ori==1){let Gi=P;P=F,F=Gi}}Le&&(A==null||A.cursor.event.type==xu)&&((P<=1||P>=k-1)&&(P=Yr(P,k)),(F<=1||F>=Ne-1)&&(F=Yr(F,Ne))),Se?(ha=P,Ml=F,[xs,vs]=_e.move(i,P,F)):(C=P,G=F)}const hu={width:0,height:0,left:0,top:0};function fu(){gi(hu,!1)}let Nd,Fd,Ud,Od;function kd(S,A,P,F,q,Z,he){ce=!0,ke=qe=fe._x=fe._y=!1,uu(S,A,P,F,q,Z,he,!0,!1),S!=null&&(Ct(vu,Ih,Bd,!1),ma(Jd,i,xs,vs,k,Ne,null));let{left:Se,top:Le,width:Be,height:Ve}=$e;Nd=Se,Fd=Le,Ud=Be,Od=Ve}function Bd(S,A,P,F,q,Z,he){ce=fe._x=fe._y=!1,uu(S,A,P,F,q,Z,he,!1,!0);let{left:Se,top:Le,width:Be,height:Ve}=$e,Ye=Be>0||Ve>0,gt=Nd!=Se||Fd!=Le||Ud!=Be||Od!=Ve;if(Ye&&gt&&gi($e),fe.setScale&&Ye&&gt){let Vt=Se,Bt=Be,Pt=Le,ct=Ve;if(D.ori==1&&(Vt=Le,Bt=Ve,Pt=Se,ct=Be),ke&&yn(b,ys(Vt,b),ys(Vt+Bt,b)),qe)for(let et in y){let cn=y[et];et!=b&&cn.from==null&&cn.min!=tn&&yn(et,ys(Pt+ct,et),ys(Pt,et))}fu()}else _e.lock&&(_e._lock=!_e._lock,Br(A,!0,S!=null));S!=null&&(qt(vu,Ih),ma(vu,i,C,G,k,Ne,null))}function Kx(S,A,P,F,q,Z,he){if(_e._lock)return;ot(S);let Se=ce;if(ce){let Le=!0,Be=!0,Ve=10,Ye,gt;D.ori==0?(Ye=ke,gt=qe):(Ye=qe,gt=ke),Ye&&gt&&(Le=C<=Ve||C>=k-Ve,Be=G<=Ve||G>=Ne-Ve),Ye&&Le&&(C=C<xs?0:k),gt&&Be&&(G=G<vs?0:Ne),Br(null,!0,!0),ce=!1}C=-10,G=-10,re.fill(null),Br(null,!0,!0),Se&&(ce=Se)}function zd(S,A,P,F,q,Z,he){_e._lock||(ot(S),ur(),fu(),S!=null&&ma(ep,i,C,G,k,Ne,null))}function Hd(){M.forEach(cS),B(i.width,i.height,!0)}Jr(wc,Po,Hd);const co={};co.mousedown=kd,co.mousemove=Id,co.mouseup=Bd,co.dblclick=zd,co.setSeries=(S,A,P,F)=>{let q=An.match[2];P=q(i,A,P),P!=-1&&wn(P,F,!0,!1)},Me&&(Ct(Jd,p,kd),Ct(xu,p,Id),Ct(Zd,p,S=>{ot(S),pa(!1)}),Ct(Qd,p,Kx),Ct(ep,p,zd),Hh.add(i),i.syncRect=pa);const wl=i.hooks=n.hooks||{};function Wn(S,A,P){Zn?Ft.push([S,A,P]):S in wl&&wl[S].forEach(F=>{F.call(null,i,A,P)})}(n.plugins||[]).forEach(S=>{for(let A in S.hooks)wl[A]=(wl[A]||[]).concat(S.hooks[A])});const Vd=(S,A,P)=>P,An=Cn({key:null,setSeries:!1,filters:{pub:hp,sub:hp},scales:[b,v[1]?v[1].scale:null],match:[fp,fp,Vd],values:[null,null]},_e.sync);An.match.length==2&&An.match.push(Vd),_e.sync=An;const Gd=An.key,du=W_(Gd);function ma(S,A,P,F,q,Z,he){An.filters.pub(S,A,P,F,q,Z,he)&&du.pub(S,A,P,F,q,Z,he)}du.sub(i);function jx(S,A,P,F,q,Z,he){An.filters.sub(S,A,P,F,q,Z,he)&&co[S](null,A,P,F,q,Z,he)}i.pub=jx;function Jx(){du.unsub(i),Hh.delete(i),Mt.clear(),Uh(wc,Po,Hd),c.remove(),ge?.remove(),Wn("destroy")}i.destroy=Jx;function pu(){Wn("init",n,e),Hs(e||n.data,!1),z[b]?ro(b,z[b]):ur(),oe=$e.show&&($e.width>0||$e.height>0),se=ve=!0,B(n.width,n.height)}return v.forEach(lr),M.forEach(wi),t?t instanceof HTMLElement?(t.appendChild(c),pu()):t(i,pu):pu(),i}Bn.assign=Cn;Bn.fmtNum=Xf;Bn.rangeNum=Tc;Bn.rangeLog=Xc;Bn.rangeAsinh=Gf;Bn.orient=so;Bn.pxRatio=Gt;Bn.join=ey;Bn.fmtDate=Yf,Bn.tzDate=hy;Bn.sync=W_;{Bn.addGap=Yy,Bn.clipGaps=$c;let n=Bn.paths={points:j_};n.linear=Z_,n.stepped=jy,n.bars=Jy,n.spline=Qy}function ne(n,e={},...t){const i=document.createElement(n);if(typeof e=="string")e&&(i.className=e);else for(const[s,r]of Object.entries(e))if(!(r===void 0||r===!1))if(s==="class")i.className=String(r);else{if(s.startsWith("on"))throw new Error("use addEventListener, not attributes, for handlers");i.setAttribute(s,r===!0?"":String(r))}for(const s of t)s==null||s===!1||i.append(typeof s=="string"?document.createTextNode(s):s);return i}function Fi(n,e){const t=document.createElementNS("http://www.w3.org/2000/svg","svg");t.setAttribute("viewBox","0 0 16 16"),t.setAttribute("class","icon");const i=document.createElementNS("http://www.w3.org/2000/svg","path");return i.setAttribute("d",uS[n]),t.append(i),t}const uS={play:"M4 3 L13 8 L4 13 Z",pause:"M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z",follow:"M3 3 L10 8 L3 13 Z M11 3 H13 V13 H11 Z",stepBack:"M12 3 L5 8 L12 13 Z M3 3 H5 V13 H3 Z",stepForward:"M4 3 L11 8 L4 13 Z M11 3 H13 V13 H11 Z",loop:"M3 7 A5 5 0 0 1 12 4 L12 2 L15 5.5 L11.5 8 L11.5 6 A3.5 3.5 0 0 0 4.6 7.5 Z M13 9 A5 5 0 0 1 4 12 L4 14 L1 10.5 L4.5 8 L4.5 10 A3.5 3.5 0 0 0 11.4 8.5 Z",eye:"M1 8 Q8 1 15 8 Q8 15 1 8 Z M8 6 A2 2 0 1 0 8.01 6 Z",eyeOff:"M1 8 Q8 1 15 8 Q8 15 1 8 Z M2 2 L14 14",caretRight:"M6 4 L10 8 L6 12 Z",caretDown:"M4 6 L12 6 L8 10 Z",view:"M2 3 H14 V13 H2 Z M4 5 V11 H12 V5 Z",container:"M2 2 H14 V14 H2 Z M8 2 V14",entity:"M8 2 L14 8 L8 14 L2 8 Z",recording:"M3 3 H13 V5 H3 Z M3 7 H13 V9 H3 Z M3 11 H13 V13 H3 Z"};function Io(n,e="#cad8de"){if(!n||n.length<3)return e;const t=n.length>3?n[3]/255:1;return`rgba(${n[0]}, ${n[1]}, ${n[2]}, ${t.toFixed(3)})`}function pi(n){if(!n)return[];const e=n.data;return e instanceof BigInt64Array||e instanceof BigUint64Array?Float64Array.from(e,t=>Number(t)):e}function Rc(n){return ne("div","view-empty",n)}function Np(n){let e=!1;return()=>{e||(e=!0,requestAnimationFrame(()=>{e=!1,n()}))}}const Fp={stroke:"#7d8c92",grid:{stroke:"rgba(255,255,255,0.07)",width:1},ticks:{stroke:"rgba(255,255,255,0.1)",width:1}};class hS{constructor(e,t){this.body=e,this.ctx=t,this.host.style.position="absolute",this.host.style.inset="0",e.append(this.host,this.legend)}body;ctx;plot=null;host=ne("div");legend=ne("div","legend");signature="";update(e){const t=e,i=t.bars.map(l=>pi(this.ctx.array(l.values))),s=Math.max(0,...i.map(l=>l.length)),o=[Array.from({length:s},(l,c)=>c),...i.map(l=>Array.from({length:s},(c,u)=>u<l.length&&Number.isFinite(l[u])?l[u]:null))],a=JSON.stringify(t.bars.map(l=>[l.entity,l.color]));if(!this.plot||a!==this.signature){this.signature=a,this.plot?.destroy();const l=Bn.paths.bars({size:[.8/Math.max(1,t.bars.length),100],align:0});this.plot=new Bn({...this.size(),legend:{show:!1},cursor:{points:{show:!1}},scales:{x:{time:!1,range:(c,u,h)=>[u-.5,h+.5]}},axes:[{...Fp},{...Fp,size:50}],series:[{},...t.bars.map(c=>({label:c.entity,stroke:Io(c.color),fill:Io(c.color),paths:l,points:{show:!1}}))]},o,this.host),this.legend.replaceChildren(...t.bars.map(c=>{const u=ne("span","swatch");return u.style.background=Io(c.color),ne("div","",ne("span","",c.entity),u)})),this.legend.style.display=t.bars.length>1?"":"none"}else this.plot.setData(o);this.ctx.rendered()}size(){return{width:Math.max(50,this.body.clientWidth),height:Math.max(50,this.body.clientHeight)}}resize(){this.plot?.setSize(this.size())}dispose(){this.plot?.destroy(),this.host.remove()}}const fS={kind:"BarChart",label:"Bar chart",create:(n,e)=>new hS(n,e)};const ed="187",No={ROTATE:0,DOLLY:1,PAN:2},Do={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},dS=0,Up=1,pS=2,_c=1,mS=2,Fa=3,Pr=0,bi=1,yi=2,Fo=0,Ga=1,Op=2,kp=3,Bp=4,gS=5,Co=100,_S=101,xS=102,vS=103,yS=104,SS=200,bS=201,MS=202,ES=203,n0=204,i0=205,wS=206,TS=207,AS=208,RS=209,CS=210,DS=211,LS=212,PS=213,IS=214,Gh=0,Wh=1,Xh=2,Ja=3,qh=4,Yh=5,$h=6,Kh=7,td=0,NS=1,FS=2,sr=0,s0=1,r0=2,o0=3,a0=4,l0=5,c0=6,u0=7,zp="attached",US="detached",h0=300,qo=301,Za=302,Eu=303,wu=304,Yo=1e3,Ds=1001,Cc=1002,Dn=1003,f0=1004,Ua=1005,Kn=1006,xc=1007,Ls=1008,Ui=1009,d0=1010,p0=1011,Qa=1012,nd=1013,Us=1014,Ji=1015,Os=1016,id=1017,sd=1018,$o=1020,m0=35902,g0=35899,_0=1021,x0=1022,Oi=1023,Ir=1026,Cr=1027,rd=1028,od=1029,to=1030,ad=1031,ld=1033,vc=33776,yc=33777,Sc=33778,bc=33779,jh=35840,Jh=35841,Zh=35842,Qh=35843,ef=36196,tf=37492,nf=37496,sf=37488,rf=37489,Dc=37490,of=37491,af=37808,lf=37809,cf=37810,uf=37811,hf=37812,ff=37813,df=37814,pf=37815,mf=37816,gf=37817,_f=37818,xf=37819,vf=37820,yf=37821,Sf=36492,bf=36494,Mf=36495,Ef=36283,wf=36284,Lc=36285,Tf=36286,el=2300,tl=2301,Tu=2302,Hp=2303,Vp=2400,Gp=2401,Wp=2402,OS=2500,kS=0,v0=1,Af=2,BS=3200,Pc=0,zS=1,Rr="",kn="srgb",Mi="srgb-linear",Ic="linear",jt="srgb",Au=7680,HS=519,VS=512,GS=513,WS=514,y0=515,XS=516,qS=517,S0=518,b0=519,M0=35044,Xp="300 es",ds=2e3,nl=2001;function YS(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function $S(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function il(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function KS(){const n=il("canvas");return n.style.display="block",n}const qp={};function Nc(...n){const e="THREE."+n.shift();console.log(e,...n)}function E0(n){const e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){const t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function tt(...n){n=E0(n);const e="THREE."+n.shift();{const t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function ft(...n){n=E0(n);const e="THREE."+n.shift();{const t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function Uo(...n){const e=n.join(" ");e in qp||(qp[e]=!0,tt(...n))}function jS(n,e,t){return new Promise(function(i,s){function r(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:s();break;case n.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:i()}}setTimeout(r,t)})}const JS={[Gh]:Gh,[Xh]:$h,[qh]:qh,[Ja]:Yh,[Wh]:Wh,[$h]:Xh,[Kh]:Kh,[Yh]:Ja};class Fr{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});const i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){const i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){const i=this._listeners;if(i===void 0)return;const s=i[e];if(s!==void 0){const r=s.indexOf(t);r!==-1&&s.splice(r,1)}}dispatchEvent(e){const t=this._listeners;if(t===void 0)return;const i=t[e.type];if(i!==void 0){e.target=this;const s=i.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,e);e.target=null}}}const si=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];let Yp=1234567;const Wa=Math.PI/180,Ko=180/Math.PI;function ks(){const n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(si[n&255]+si[n>>8&255]+si[n>>16&255]+si[n>>24&255]+"-"+si[e&255]+si[e>>8&255]+"-"+si[e>>16&15|64]+si[e>>24&255]+"-"+si[t&63|128]+si[t>>8&255]+"-"+si[t>>16&255]+si[t>>24&255]+si[i&255]+si[i>>8&255]+si[i>>16&255]+si[i>>24&255]).toLowerCase()}function _t(n,e,t){return Math.max(e,Math.min(t,n))}function cd(n,e){return(n%e+e)%e}function ZS(n,e,t,i,s){return i+(n-e)*(s-i)/(t-e)}function QS(n,e,t){return n!==e?(t-n)/(e-n):0}function Xa(n,e,t){return(1-t)*n+t*e}function eb(n,e,t,i){return Xa(n,e,1-Math.exp(-t*i))}function tb(n,e=1){return e-Math.abs(cd(n,e*2)-e)}function nb(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function ib(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function sb(n,e){return n+Math.floor(Math.random()*(e-n+1))}function rb(n,e){return n+Math.random()*(e-n)}function ob(n){return n*(.5-Math.random())}function ab(n){n!==void 0&&(Yp=n);let e=Yp+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function lb(n){return n*Wa}function cb(n){return n*Ko}function ub(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function hb(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function w0(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function fb(n,e,t,i,s){const r=Math.cos,o=Math.sin,a=r(t/2),l=o(t/2),c=r((e+i)/2),u=o((e+i)/2),h=r((e-i)/2),f=o((e-i)/2),d=r((i-e)/2),p=o((i-e)/2);switch(s){case"XYX":n.set(a*u,l*h,l*f,a*c);break;case"YZY":n.set(l*f,a*u,l*h,a*c);break;case"ZXZ":n.set(l*h,l*f,a*u,a*c);break;case"XZX":n.set(a*u,l*p,l*d,a*c);break;case"YXY":n.set(l*d,a*u,l*p,a*c);break;case"ZYZ":n.set(l*p,l*d,a*u,a*c);break;default:tt("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+s)}}function Zc(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function ud(n,e){if(e.constructor===Float32Array)return n;const t=Zc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function hd(n,e){if(e.constructor===Float32Array)return n;const t=Zc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}const sl={DEG2RAD:Wa,RAD2DEG:Ko,generateUUID:ks,clamp:_t,euclideanModulo:cd,mapLinear:ZS,inverseLerp:QS,lerp:Xa,damp:eb,pingpong:tb,smoothstep:nb,smootherstep:ib,randInt:sb,randFloat:rb,randFloatSpread:ob,seededRandom:ab,degToRad:lb,radToDeg:cb,isPowerOfTwo:ub,ceilPowerOfTwo:hb,floorPowerOfTwo:w0,setQuaternionFromProperEuler:fb,normalize:hd,denormalize:ud};class at{static{this.prototype.isVector2=!0}constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){const t=this.x,i=this.y,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6],this.y=s[1]*t+s[4]*i+s[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=_t(this.x,e.x,t.x),this.y=_t(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=_t(this.x,e,t),this.y=_t(this.y,e,t),this}clampLength(e,t){const i=this.length();return this.divideScalar(i||1).multiplyScalar(_t(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){const t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;const i=this.dot(e)/t;return Math.acos(_t(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){const t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){const i=Math.cos(t),s=Math.sin(t),r=this.x-e.x,o=this.y-e.y;return this.x=r*i-o*s+e.x,this.y=r*s+o*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}}class Zi{constructor(e=0,t=0,i=0,s=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=s}static slerpFlat(e,t,i,s,r,o,a){let l=i[s+0],c=i[s+1],u=i[s+2],h=i[s+3],f=r[o+0],d=r[o+1],p=r[o+2],x=r[o+3];if(h!==x||l!==f||c!==d||u!==p){let m=l*f+c*d+u*p+h*x;m<0&&(f=-f,d=-d,p=-p,x=-x,m=-m);let g=1-a;if(m<.9995){const v=Math.acos(m),M=Math.sin(v);g=Math.sin(g*v)/M,a=Math.sin(a*v)/M,l=l*g+f*a,c=c*g+d*a,u=u*g+p*a,h=h*g+x*a}else{l=l*g+f*a,c=c*g+d*a,u=u*g+p*a,h=h*g+x*a;const v=1/Math.sqrt(l*l+c*c+u*u+h*h);l*=v,c*=v,u*=v,h*=v}}e[t]=l,e[t+1]=c,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,i,s,r,o){const a=i[s],l=i[s+1],c=i[s+2],u=i[s+3],h=r[o],f=r[o+1],d=r[o+2],p=r[o+3];return e[t]=a*p+u*h+l*d-c*f,e[t+1]=l*p+u*f+c*h-a*d,e[t+2]=c*p+u*d+a*f-l*h,e[t+3]=u*p-a*h-l*f-c*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,s){return this._x=e,this._y=t,this._z=i,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){const i=e._x,s=e._y,r=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(i/2),u=a(s/2),h=a(r/2),f=l(i/2),d=l(s/2),p=l(r/2);switch(o){case"XYZ":this._x=f*u*h+c*d*p,this._y=c*d*h-f*u*p,this._z=c*u*p+f*d*h,this._w=c*u*h-f*d*p;break;case"YXZ":this._x=f*u*h+c*d*p,this._y=c*d*h-f*u*p,this._z=c*u*p-f*d*h,this._w=c*u*h+f*d*p;break;case"ZXY":this._x=f*u*h-c*d*p,this._y=c*d*h+f*u*p,this._z=c*u*p+f*d*h,this._w=c*u*h-f*d*p;break;case"ZYX":this._x=f*u*h-c*d*p,this._y=c*d*h+f*u*p,this._z=c*u*p-f*d*h,this._w=c*u*h+f*d*p;break;case"YZX":this._x=f*u*h+c*d*p,this._y=c*d*h+f*u*p,this._z=c*u*p-f*d*h,this._w=c*u*h-f*d*p;break;case"XZY":this._x=f*u*h-c*d*p,this._y=c*d*h-f*u*p,this._z=c*u*p+f*d*h,this._w=c*u*h+f*d*p;break;default:tt("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){const i=t/2,s=Math.sin(i);return this._x=e.x*s,this._y=e.y*s,this._z=e.z*s,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){const t=e.elements,i=t[0],s=t[4],r=t[8],o=t[1],a=t[5],l=t[9],c=t[2],u=t[6],h=t[10],f=i+a+h;if(f>0){const d=.5/Math.sqrt(f+1);this._w=.25/d,this._x=(u-l)*d,this._y=(r-c)*d,this._z=(o-s)*d}else if(i>a&&i>h){const d=2*Math.sqrt(1+i-a-h);this._w=(u-l)/d,this._x=.25*d,this._y=(s+o)/d,this._z=(r+c)/d}else if(a>h){const d=2*Math.sqrt(1+a-i-h);this._w=(r-c)/d,this._x=(s+o)/d,this._y=.25*d,this._z=(l+u)/d}else{const d=2*Math.sqrt(1+h-i-a);this._w=(o-s)/d,this._x=(r+c)/d,this._y=(l+u)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(_t(this.dot(e),-1,1)))}rotateTowards(e,t){const i=this.angleTo(e);if(i===0)return this;const s=Math.min(1,t/i);return this.slerp(e,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){const i=e._x,s=e._y,r=e._z,o=e._w,a=t._x,l=t._y,c=t._z,u=t._w;return this._x=i*u+o*a+s*c-r*l,this._y=s*u+o*l+r*a-i*c,this._z=r*u+o*c+i*l-s*a,this._w=o*u-i*a-s*l-r*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,s=e._y,r=e._z,o=e._w,a=this.dot(e);a<0&&(i=-i,s=-s,r=-r,o=-o,a=-a);let l=1-t;if(a<.9995){const c=Math.acos(a),u=Math.sin(c);l=Math.sin(l*c)/u,t=Math.sin(t*c)/u,this._x=this._x*l+i*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){const e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),s=Math.sqrt(1-i),r=Math.sqrt(i);return this.set(s*Math.sin(e),s*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}}class V{static{this.prototype.isVector3=!0}constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion($p.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion($p.setFromAxisAngle(e,t))}applyMatrix3(e){const t=this.x,i=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6]*s,this.y=r[1]*t+r[4]*i+r[7]*s,this.z=r[2]*t+r[5]*i+r[8]*s,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){const t=this.x,i=this.y,s=this.z,r=e.elements,o=1/(r[3]*t+r[7]*i+r[11]*s+r[15]);return this.x=(r[0]*t+r[4]*i+r[8]*s+r[12])*o,this.y=(r[1]*t+r[5]*i+r[9]*s+r[13])*o,this.z=(r[2]*t+r[6]*i+r[10]*s+r[14])*o,this}applyQuaternion(e){const t=this.x,i=this.y,s=this.z,r=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*s-a*i),u=2*(a*t-r*s),h=2*(r*i-o*t);return this.x=t+l*c+o*h-a*u,this.y=i+l*u+a*c-r*h,this.z=s+l*h+r*u-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){const t=this.x,i=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[4]*i+r[8]*s,this.y=r[1]*t+r[5]*i+r[9]*s,this.z=r[2]*t+r[6]*i+r[10]*s,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=_t(this.x,e.x,t.x),this.y=_t(this.y,e.y,t.y),this.z=_t(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=_t(this.x,e,t),this.y=_t(this.y,e,t),this.z=_t(this.z,e,t),this}clampLength(e,t){const i=this.length();return this.divideScalar(i||1).multiplyScalar(_t(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){const i=e.x,s=e.y,r=e.z,o=t.x,a=t.y,l=t.z;return this.x=s*l-r*a,this.y=r*o-i*l,this.z=i*a-s*o,this}projectOnVector(e){const t=e.lengthSq();if(t===0)return this.set(0,0,0);const i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return Ru.copy(this).projectOnVector(e),this.sub(Ru)}reflect(e){return this.sub(Ru.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){const t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;const i=this.dot(e)/t;return Math.acos(_t(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){const t=this.x-e.x,i=this.y-e.y,s=this.z-e.z;return t*t+i*i+s*s}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){const s=Math.sin(t)*e;return this.x=s*Math.sin(i),this.y=Math.cos(t)*e,this.z=s*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){const t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){const t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),s=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=s,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){const e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}}const Ru=new V,$p=new Zi;class yt{static{this.prototype.isMatrix3=!0}constructor(e,t,i,s,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,s,r,o,a,l,c)}set(e,t,i,s,r,o,a,l,c){const u=this.elements;return u[0]=e,u[1]=s,u[2]=a,u[3]=t,u[4]=r,u[5]=l,u[6]=i,u[7]=o,u[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){const t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){const t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){const i=e.elements,s=t.elements,r=this.elements,o=i[0],a=i[3],l=i[6],c=i[1],u=i[4],h=i[7],f=i[2],d=i[5],p=i[8],x=s[0],m=s[3],g=s[6],v=s[1],M=s[4],y=s[7],T=s[2],b=s[5],_=s[8];return r[0]=o*x+a*v+l*T,r[3]=o*m+a*M+l*b,r[6]=o*g+a*y+l*_,r[1]=c*x+u*v+h*T,r[4]=c*m+u*M+h*b,r[7]=c*g+u*y+h*_,r[2]=f*x+d*v+p*T,r[5]=f*m+d*M+p*b,r[8]=f*g+d*y+p*_,this}multiplyScalar(e){const t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){const e=this.elements,t=e[0],i=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8];return t*o*u-t*a*c-i*r*u+i*a*l+s*r*c-s*o*l}invert(){const e=this.elements,t=e[0],i=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=u*o-a*c,f=a*l-u*r,d=c*r-o*l,p=t*h+i*f+s*d;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);const x=1/p;return e[0]=h*x,e[1]=(s*c-u*i)*x,e[2]=(a*i-s*o)*x,e[3]=f*x,e[4]=(u*t-s*l)*x,e[5]=(s*r-a*t)*x,e[6]=d*x,e[7]=(i*l-c*t)*x,e[8]=(o*t-i*r)*x,this}transpose(){let e;const t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){const t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,s,r,o,a){const l=Math.cos(r),c=Math.sin(r);return this.set(i*l,i*c,-i*(l*o+c*a)+o+e,-s*c,s*l,-s*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return Uo("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Cu.makeScale(e,t)),this}rotate(e){return Uo("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Cu.makeRotation(-e)),this}translate(e,t){return Uo("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Cu.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){const t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){const t=this.elements,i=e.elements;for(let s=0;s<9;s++)if(t[s]!==i[s])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){const i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}}const Cu=new yt,Kp=new yt().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),jp=new yt().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function db(){const n={enabled:!0,workingColorSpace:Mi,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===jt&&(s.r=rr(s.r),s.g=rr(s.g),s.b=rr(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===jt&&(s.r=Oo(s.r),s.g=Oo(s.g),s.b=Oo(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===Rr?Ic:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[Mi]:{primaries:e,whitePoint:i,transfer:Ic,toXYZ:Kp,fromXYZ:jp,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:kn},outputColorSpaceConfig:{drawingBufferColorSpace:kn}},[kn]:{primaries:e,whitePoint:i,transfer:jt,toXYZ:Kp,fromXYZ:jp,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:kn}}}),n}const Dt=db();function rr(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function Oo(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}let ho;class pb{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{ho===void 0&&(ho=il("canvas")),ho.width=e.width,ho.height=e.height;const s=ho.getContext("2d");e instanceof ImageData?s.putImageData(e,0,0):s.drawImage(e,0,0,e.width,e.height),i=ho}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){const t=il("canvas");t.width=e.width,t.height=e.height;const i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);const s=i.getImageData(0,0,e.width,e.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=rr(r[o]/255)*255;return i.putImageData(s,0,0),t}else if(e.data){const t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(rr(t[i]/255)*255):t[i]=rr(t[i]);return{data:t,width:e.width,height:e.height}}else return tt("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}}let mb=0;class fd{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:mb++}),this.uuid=ks(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){const t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){const t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];const i={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(Du(s[o].image)):r.push(Du(s[o]))}else r=Du(s);i.url=r}return t||(e.images[this.uuid]=i),i}}function Du(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?pb.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(tt("Texture: Unable to serialize Texture."),{})}let gb=0;const Lu=new V;class zn extends Fr{constructor(e=zn.DEFAULT_IMAGE,t=zn.DEFAULT_MAPPING,i=Ds,s=Ds,r=Kn,o=Ls,a=Oi,l=Ui,c=zn.DEFAULT_ANISOTROPY,u=Rr){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:gb++}),this.uuid=ks(),this.name="",this.source=new fd(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new at(0,0),this.repeat=new at(1,1),this.center=new at(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new yt,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Lu).x}get height(){return this.source.getSize(Lu).y}get depth(){return this.source.getSize(Lu).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(const t in e){const i=e[t];if(i===void 0){tt(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}const s=this[t];if(s===void 0){tt(`Texture.setValues(): property '${t}' does not exist.`);continue}s&&i&&s.isVector2&&i.isVector2||s&&i&&s.isVector3&&i.isVector3||s&&i&&s.isMatrix3&&i.isMatrix3?s.copy(i):this[t]=i}}toJSON(e){const t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];const i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==h0)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Yo:e.x=e.x-Math.floor(e.x);break;case Ds:e.x=e.x<0?0:1;break;case Cc:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Yo:e.y=e.y-Math.floor(e.y);break;case Ds:e.y=e.y<0?0:1;break;case Cc:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}}zn.DEFAULT_IMAGE=null;zn.DEFAULT_MAPPING=h0;zn.DEFAULT_ANISOTROPY=1;class Xt{static{this.prototype.isVector4=!0}constructor(e=0,t=0,i=0,s=1){this.x=e,this.y=t,this.z=i,this.w=s}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,s){return this.x=e,this.y=t,this.z=i,this.w=s,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){const t=this.x,i=this.y,s=this.z,r=this.w,o=e.elements;return this.x=o[0]*t+o[4]*i+o[8]*s+o[12]*r,this.y=o[1]*t+o[5]*i+o[9]*s+o[13]*r,this.z=o[2]*t+o[6]*i+o[10]*s+o[14]*r,this.w=o[3]*t+o[7]*i+o[11]*s+o[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);const t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,s,r;const l=e.elements,c=l[0],u=l[4],h=l[8],f=l[1],d=l[5],p=l[9],x=l[2],m=l[6],g=l[10];if(Math.abs(u-f)<.01&&Math.abs(h-x)<.01&&Math.abs(p-m)<.01){if(Math.abs(u+f)<.1&&Math.abs(h+x)<.1&&Math.abs(p+m)<.1&&Math.abs(c+d+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;const M=(c+1)/2,y=(d+1)/2,T=(g+1)/2,b=(u+f)/4,_=(h+x)/4,E=(p+m)/4;return M>y&&M>T?M<.01?(i=0,s=.707106781,r=.707106781):(i=Math.sqrt(M),s=b/i,r=_/i):y>T?y<.01?(i=.707106781,s=0,r=.707106781):(s=Math.sqrt(y),i=b/s,r=E/s):T<.01?(i=.707106781,s=.707106781,r=0):(r=Math.sqrt(T),i=_/r,s=E/r),this.set(i,s,r,t),this}let v=Math.sqrt((m-p)*(m-p)+(h-x)*(h-x)+(f-u)*(f-u));return Math.abs(v)<.001&&(v=1),this.x=(m-p)/v,this.y=(h-x)/v,this.z=(f-u)/v,this.w=Math.acos((c+d+g-1)/2),this}setFromMatrixPosition(e){const t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=_t(this.x,e.x,t.x),this.y=_t(this.y,e.y,t.y),this.z=_t(this.z,e.z,t.z),this.w=_t(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=_t(this.x,e,t),this.y=_t(this.y,e,t),this.z=_t(this.z,e,t),this.w=_t(this.w,e,t),this}clampLength(e,t){const i=this.length();return this.divideScalar(i||1).multiplyScalar(_t(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}}class _b extends Fr{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Kn,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new Xt(0,0,e,t),this.scissorTest=!1,this.viewport=new Xt(0,0,e,t),this.textures=[];const s=i.count;for(let r=0;r<s;r++)this.textures[r]=new zn({width:e,height:t,depth:i.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){const t={minFilter:Kn,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=e,this.textures[s].image.height=t,this.textures[s].image.depth=i,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;const s=Object.assign({},e.textures[t].image);this.textures[t].source=new fd(s)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){const t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}}class Fs extends _b{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}}class T0 extends zn{constructor(e=null,t=1,i=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:s},this.magFilter=Dn,this.minFilter=Dn,this.wrapR=Ds,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}}class xb extends zn{constructor(e=null,t=1,i=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:s},this.magFilter=Dn,this.minFilter=Dn,this.wrapR=Ds,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}}class mt{static{this.prototype.isMatrix4=!0}constructor(e,t,i,s,r,o,a,l,c,u,h,f,d,p,x,m){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,s,r,o,a,l,c,u,h,f,d,p,x,m)}set(e,t,i,s,r,o,a,l,c,u,h,f,d,p,x,m){const g=this.elements;return g[0]=e,g[4]=t,g[8]=i,g[12]=s,g[1]=r,g[5]=o,g[9]=a,g[13]=l,g[2]=c,g[6]=u,g[10]=h,g[14]=f,g[3]=d,g[7]=p,g[11]=x,g[15]=m,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new mt().fromArray(this.elements)}copy(e){const t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){const t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){const t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();const t=this.elements,i=e.elements,s=1/fo.setFromMatrixColumn(e,0).length(),r=1/fo.setFromMatrixColumn(e,1).length(),o=1/fo.setFromMatrixColumn(e,2).length();return t[0]=i[0]*s,t[1]=i[1]*s,t[2]=i[2]*s,t[3]=0,t[4]=i[4]*r,t[5]=i[5]*r,t[6]=i[6]*r,t[7]=0,t[8]=i[8]*o,t[9]=i[9]*o,t[10]=i[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){const t=this.elements,i=e.x,s=e.y,r=e.z,o=Math.cos(i),a=Math.sin(i),l=Math.cos(s),c=Math.sin(s),u=Math.cos(r),h=Math.sin(r);if(e.order==="XYZ"){const f=o*u,d=o*h,p=a*u,x=a*h;t[0]=l*u,t[4]=-l*h,t[8]=c,t[1]=d+p*c,t[5]=f-x*c,t[9]=-a*l,t[2]=x-f*c,t[6]=p+d*c,t[10]=o*l}else if(e.order==="YXZ"){const f=l*u,d=l*h,p=c*u,x=c*h;t[0]=f+x*a,t[4]=p*a-d,t[8]=o*c,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=d*a-p,t[6]=x+f*a,t[10]=o*l}else if(e.order==="ZXY"){const f=l*u,d=l*h,p=c*u,x=c*h;t[0]=f-x*a,t[4]=-o*h,t[8]=p+d*a,t[1]=d+p*a,t[5]=o*u,t[9]=x-f*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){const f=o*u,d=o*h,p=a*u,x=a*h;t[0]=l*u,t[4]=p*c-d,t[8]=f*c+x,t[1]=l*h,t[5]=x*c+f,t[9]=d*c-p,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){const f=o*l,d=o*c,p=a*l,x=a*c;t[0]=l*u,t[4]=x-f*h,t[8]=p*h+d,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-c*u,t[6]=d*h+p,t[10]=f-x*h}else if(e.order==="XZY"){const f=o*l,d=o*c,p=a*l,x=a*c;t[0]=l*u,t[4]=-h,t[8]=c*u,t[1]=f*h+x,t[5]=o*u,t[9]=d*h-p,t[2]=p*h-d,t[6]=a*u,t[10]=x*h+f}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(vb,e,yb)}lookAt(e,t,i){const s=this.elements;return Pi.subVectors(e,t),Pi.lengthSq()===0&&(Pi.z=1),Pi.normalize(),gr.crossVectors(i,Pi),gr.lengthSq()===0&&(Math.abs(i.z)===1?Pi.x+=1e-4:Pi.z+=1e-4,Pi.normalize(),gr.crossVectors(i,Pi)),gr.normalize(),Cl.crossVectors(Pi,gr),s[0]=gr.x,s[4]=Cl.x,s[8]=Pi.x,s[1]=gr.y,s[5]=Cl.y,s[9]=Pi.y,s[2]=gr.z,s[6]=Cl.z,s[10]=Pi.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){const i=e.elements,s=t.elements,r=this.elements,o=i[0],a=i[4],l=i[8],c=i[12],u=i[1],h=i[5],f=i[9],d=i[13],p=i[2],x=i[6],m=i[10],g=i[14],v=i[3],M=i[7],y=i[11],T=i[15],b=s[0],_=s[4],E=s[8],U=s[12],I=s[1],D=s[5],O=s[9],W=s[13],N=s[2],z=s[6],$=s[10],H=s[14],ue=s[3],J=s[7],ee=s[11],re=s[15];return r[0]=o*b+a*I+l*N+c*ue,r[4]=o*_+a*D+l*z+c*J,r[8]=o*E+a*O+l*$+c*ee,r[12]=o*U+a*W+l*H+c*re,r[1]=u*b+h*I+f*N+d*ue,r[5]=u*_+h*D+f*z+d*J,r[9]=u*E+h*O+f*$+d*ee,r[13]=u*U+h*W+f*H+d*re,r[2]=p*b+x*I+m*N+g*ue,r[6]=p*_+x*D+m*z+g*J,r[10]=p*E+x*O+m*$+g*ee,r[14]=p*U+x*W+m*H+g*re,r[3]=v*b+M*I+y*N+T*ue,r[7]=v*_+M*D+y*z+T*J,r[11]=v*E+M*O+y*$+T*ee,r[15]=v*U+M*W+y*H+T*re,this}multiplyScalar(e){const t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){const e=this.elements,t=e[0],i=e[4],s=e[8],r=e[12],o=e[1],a=e[5],l=e[9],c=e[13],u=e[2],h=e[6],f=e[10],d=e[14],p=e[3],x=e[7],m=e[11],g=e[15],v=l*d-c*f,M=a*d-c*h,y=a*f-l*h,T=o*d-c*u,b=o*f-l*u,_=o*h-a*u;return t*(x*v-m*M+g*y)-i*(p*v-m*T+g*b)+s*(p*M-x*T+g*_)-r*(p*y-x*b+m*_)}determinantAffine(){const e=this.elements,t=e[0],i=e[4],s=e[8],r=e[1],o=e[5],a=e[9],l=e[2],c=e[6],u=e[10];return t*(o*u-a*c)-i*(r*u-a*l)+s*(r*c-o*l)}transpose(){const e=this.elements;let t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){const s=this.elements;return e.isVector3?(s[12]=e.x,s[13]=e.y,s[14]=e.z):(s[12]=e,s[13]=t,s[14]=i),this}invert(){const e=this.elements,t=e[0],i=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=e[9],f=e[10],d=e[11],p=e[12],x=e[13],m=e[14],g=e[15],v=t*a-i*o,M=t*l-s*o,y=t*c-r*o,T=i*l-s*a,b=i*c-r*a,_=s*c-r*l,E=u*x-h*p,U=u*m-f*p,I=u*g-d*p,D=h*m-f*x,O=h*g-d*x,W=f*g-d*m,N=v*W-M*O+y*D+T*I-b*U+_*E;if(N===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);const z=1/N;return e[0]=(a*W-l*O+c*D)*z,e[1]=(s*O-i*W-r*D)*z,e[2]=(x*_-m*b+g*T)*z,e[3]=(f*b-h*_-d*T)*z,e[4]=(l*I-o*W-c*U)*z,e[5]=(t*W-s*I+r*U)*z,e[6]=(m*y-p*_-g*M)*z,e[7]=(u*_-f*y+d*M)*z,e[8]=(o*O-a*I+c*E)*z,e[9]=(i*I-t*O-r*E)*z,e[10]=(p*b-x*y+g*v)*z,e[11]=(h*y-u*b-d*v)*z,e[12]=(a*U-o*D-l*E)*z,e[13]=(t*D-i*U+s*E)*z,e[14]=(x*M-p*T-m*v)*z,e[15]=(u*T-h*M+f*v)*z,this}scale(e){const t=this.elements,i=e.x,s=e.y,r=e.z;return t[0]*=i,t[4]*=s,t[8]*=r,t[1]*=i,t[5]*=s,t[9]*=r,t[2]*=i,t[6]*=s,t[10]*=r,t[3]*=i,t[7]*=s,t[11]*=r,this}getMaxScaleOnAxis(){const e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],s=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,s))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){const t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){const t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){const t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){const i=Math.cos(t),s=Math.sin(t),r=1-i,o=e.x,a=e.y,l=e.z,c=r*o,u=r*a;return this.set(c*o+i,c*a-s*l,c*l+s*a,0,c*a+s*l,u*a+i,u*l-s*o,0,c*l-s*a,u*l+s*o,r*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,s,r,o){return this.set(1,i,r,0,e,1,o,0,t,s,1,0,0,0,0,1),this}compose(e,t,i){const s=this.elements,r=t._x,o=t._y,a=t._z,l=t._w,c=r+r,u=o+o,h=a+a,f=r*c,d=r*u,p=r*h,x=o*u,m=o*h,g=a*h,v=l*c,M=l*u,y=l*h,T=i.x,b=i.y,_=i.z;return s[0]=(1-(x+g))*T,s[1]=(d+y)*T,s[2]=(p-M)*T,s[3]=0,s[4]=(d-y)*b,s[5]=(1-(f+g))*b,s[6]=(m+v)*b,s[7]=0,s[8]=(p+M)*_,s[9]=(m-v)*_,s[10]=(1-(f+x))*_,s[11]=0,s[12]=e.x,s[13]=e.y,s[14]=e.z,s[15]=1,this}decompose(e,t,i){const s=this.elements;e.x=s[12],e.y=s[13],e.z=s[14];const r=this.determinantAffine();if(r===0)return i.set(1,1,1),t.identity(),this;let o=fo.set(s[0],s[1],s[2]).length();const a=fo.set(s[4],s[5],s[6]).length(),l=fo.set(s[8],s[9],s[10]).length();r<0&&(o=-o),rs.copy(this);const c=1/o,u=1/a,h=1/l;return rs.elements[0]*=c,rs.elements[1]*=c,rs.elements[2]*=c,rs.elements[4]*=u,rs.elements[5]*=u,rs.elements[6]*=u,rs.elements[8]*=h,rs.elements[9]*=h,rs.elements[10]*=h,t.setFromRotationMatrix(rs),i.x=o,i.y=a,i.z=l,this}makePerspective(e,t,i,s,r,o,a=ds,l=!1){const c=this.elements,u=2*r/(t-e),h=2*r/(i-s),f=(t+e)/(t-e),d=(i+s)/(i-s);let p,x;if(l)p=r/(o-r),x=o*r/(o-r);else if(a===ds)p=-(o+r)/(o-r),x=-2*o*r/(o-r);else if(a===nl)p=-o/(o-r),x=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=f,c[12]=0,c[1]=0,c[5]=h,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,s,r,o,a=ds,l=!1){const c=this.elements,u=2/(t-e),h=2/(i-s),f=-(t+e)/(t-e),d=-(i+s)/(i-s);let p,x;if(l)p=1/(o-r),x=o/(o-r);else if(a===ds)p=-2/(o-r),x=-(o+r)/(o-r);else if(a===nl)p=-1/(o-r),x=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=0,c[12]=f,c[1]=0,c[5]=h,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){const t=this.elements,i=e.elements;for(let s=0;s<16;s++)if(t[s]!==i[s])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){const i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}}const fo=new V,rs=new mt,vb=new V(0,0,0),yb=new V(1,1,1),gr=new V,Cl=new V,Pi=new V,Jp=new mt,Zp=new Zi;class or{constructor(e=0,t=0,i=0,s=or.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=s}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,s=this._order){return this._x=e,this._y=t,this._z=i,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){const s=e.elements,r=s[0],o=s[4],a=s[8],l=s[1],c=s[5],u=s[9],h=s[2],f=s[6],d=s[10];switch(t){case"XYZ":this._y=Math.asin(_t(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,d),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(f,c),this._z=0);break;case"YXZ":this._x=Math.asin(-_t(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-h,r),this._z=0);break;case"ZXY":this._x=Math.asin(_t(f,-1,1)),Math.abs(f)<.9999999?(this._y=Math.atan2(-h,d),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-_t(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(f,d),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(_t(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-u,c),this._y=Math.atan2(-h,r)):(this._x=0,this._y=Math.atan2(a,d));break;case"XZY":this._z=Math.asin(-_t(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(f,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-u,d),this._y=0);break;default:tt("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return Jp.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Jp,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Zp.setFromEuler(this),this.setFromQuaternion(Zp,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}}or.DEFAULT_ORDER="XYZ";class dd{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}}let Sb=0;const Qp=new V,po=new Zi,Ws=new mt,Dl=new V,xa=new V,bb=new V,Mb=new Zi,em=new V(1,0,0),tm=new V(0,1,0),nm=new V(0,0,1),im={type:"added"},Eb={type:"removed"},mo={type:"childadded",child:null},Pu={type:"childremoved",child:null};class gn extends Fr{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:Sb++}),this.uuid=ks(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=gn.DEFAULT_UP.clone();const e=new V,t=new or,i=new Zi,s=new V(1,1,1);function r(){i.setFromEuler(t,!1)}function o(){t.setFromQuaternion(i,void 0,!1)}t._onChange(r),i._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new mt},normalMatrix:{value:new yt}}),this.matrix=new mt,this.matrixWorld=new mt,this.matrixAutoUpdate=gn.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=gn.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new dd,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return po.setFromAxisAngle(e,t),this.quaternion.multiply(po),this}rotateOnWorldAxis(e,t){return po.setFromAxisAngle(e,t),this.quaternion.premultiply(po),this}rotateX(e){return this.rotateOnAxis(em,e)}rotateY(e){return this.rotateOnAxis(tm,e)}rotateZ(e){return this.rotateOnAxis(nm,e)}translateOnAxis(e,t){return Qp.copy(e).applyQuaternion(this.quaternion),this.position.add(Qp.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(em,e)}translateY(e){return this.translateOnAxis(tm,e)}translateZ(e){return this.translateOnAxis(nm,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Ws.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?Dl.copy(e):Dl.set(e,t,i);const s=this.parent;this.updateWorldMatrix(!0,!1),xa.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Ws.lookAt(xa,Dl,this.up):Ws.lookAt(Dl,xa,this.up),this.quaternion.setFromRotationMatrix(Ws),s&&(Ws.extractRotation(s.matrixWorld),po.setFromRotationMatrix(Ws),this.quaternion.premultiply(po.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(ft("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(im),mo.child=e,this.dispatchEvent(mo),mo.child=null):ft("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}const t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Eb),Pu.child=e,this.dispatchEvent(Pu),Pu.child=null),this}removeFromParent(){const e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Ws.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Ws.multiply(e.parent.matrixWorld)),e.applyMatrix4(Ws),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(im),mo.child=e,this.dispatchEvent(mo),mo.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,s=this.children.length;i<s;i++){const o=this.children[i].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);const s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(xa,e,bb),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(xa,Mb,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);const t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);const t=this.children;for(let i=0,s=t.length;i<s;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);const t=this.children;for(let i=0,s=t.length;i<s;i++)t[i].traverseVisible(e)}traverseAncestors(e){const t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);const e=this.pivot;if(e!==null){const t=e.x,i=e.y,s=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*i-r[8]*s,r[13]+=i-r[1]*t-r[5]*i-r[9]*s,r[14]+=s-r[2]*t-r[6]*i-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);const t=this.children;for(let i=0,s=t.length;i<s;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){const s=this.parent;if(e===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){const r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,i)}}toJSON(e){const t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});const s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(e),s.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(e.geometries,this.geometry);const a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){const l=a.shapes;if(Array.isArray(l))for(let c=0,u=l.length;c<u;c++){const h=l[c];r(e.shapes,h)}else r(e.shapes,l)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){const a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(e.materials,this.material[l]));s.material=a}else s.material=r(e.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){const l=this.animations[a];s.animations.push(r(e.animations,l))}}if(t){const a=o(e.geometries),l=o(e.materials),c=o(e.textures),u=o(e.images),h=o(e.shapes),f=o(e.skeletons),d=o(e.animations),p=o(e.nodes);a.length>0&&(i.geometries=a),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),u.length>0&&(i.images=u),h.length>0&&(i.shapes=h),f.length>0&&(i.skeletons=f),d.length>0&&(i.animations=d),p.length>0&&(i.nodes=p)}return i.object=s,i;function o(a){const l=[];for(const c in a){const u=a[c];delete u.metadata,l.push(u)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){const s=e.children[i];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}}gn.DEFAULT_UP=new V(0,1,0);gn.DEFAULT_MATRIX_AUTO_UPDATE=!0;gn.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;class Ps extends gn{constructor(){super(),this.isGroup=!0,this.type="Group"}}const wb={type:"move"};class Iu{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Ps,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Ps,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new V,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new V),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Ps,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new V,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new V,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){const t=this._hand;if(t)for(const i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let s=null,r=null,o=null;const a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(const x of e.hand.values()){const m=t.getJointPose(x,i),g=this._getHandJoint(c,x);m!==null&&(g.matrix.fromArray(m.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=m.radius),g.visible=m!==null}const u=c.joints["index-finger-tip"],h=c.joints["thumb-tip"],f=u.position.distanceTo(h.position),d=.02,p=.005;c.inputState.pinching&&f>d+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&f<=d-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,i),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(s=t.getPose(e.targetRaySpace,i),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(wb)))}return a!==null&&(a.visible=s!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){const i=new Ps;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}}const A0={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},_r={h:0,s:0,l:0},Ll={h:0,s:0,l:0};function Nu(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}class rt{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){const s=e;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=kn){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Dt.colorSpaceToWorking(this,t),this}setRGB(e,t,i,s=Dt.workingColorSpace){return this.r=e,this.g=t,this.b=i,Dt.colorSpaceToWorking(this,s),this}setHSL(e,t,i,s=Dt.workingColorSpace){if(e=cd(e,1),t=_t(t,0,1),i=_t(i,0,1),t===0)this.r=this.g=this.b=i;else{const r=i<=.5?i*(1+t):i+t-i*t,o=2*i-r;this.r=Nu(o,r,e+1/3),this.g=Nu(o,r,e),this.b=Nu(o,r,e-1/3)}return Dt.colorSpaceToWorking(this,s),this}setStyle(e,t=kn){function i(r){r!==void 0&&parseFloat(r)<1&&tt("Color: Alpha component of "+e+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(e)){let r;const o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:tt("Color: Unknown color model "+e)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(e)){const r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(r,16),t);tt("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=kn){const i=A0[e.toLowerCase()];return i!==void 0?this.setHex(i,t):tt("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=rr(e.r),this.g=rr(e.g),this.b=rr(e.b),this}copyLinearToSRGB(e){return this.r=Oo(e.r),this.g=Oo(e.g),this.b=Oo(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=kn){return Dt.workingToColorSpace(ri.copy(this),e),Math.round(_t(ri.r*255,0,255))*65536+Math.round(_t(ri.g*255,0,255))*256+Math.round(_t(ri.b*255,0,255))}getHexString(e=kn){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Dt.workingColorSpace){Dt.workingToColorSpace(ri.copy(this),t);const i=ri.r,s=ri.g,r=ri.b,o=Math.max(i,s,r),a=Math.min(i,s,r);let l,c;const u=(a+o)/2;if(a===o)l=0,c=0;else{const h=o-a;switch(c=u<=.5?h/(o+a):h/(2-o-a),o){case i:l=(s-r)/h+(s<r?6:0);break;case s:l=(r-i)/h+2;break;case r:l=(i-s)/h+4;break}l/=6}return e.h=l,e.s=c,e.l=u,e}getRGB(e,t=Dt.workingColorSpace){return Dt.workingToColorSpace(ri.copy(this),t),e.r=ri.r,e.g=ri.g,e.b=ri.b,e}getStyle(e=kn){Dt.workingToColorSpace(ri.copy(this),e);const t=ri.r,i=ri.g,s=ri.b;return e!==kn?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(s*255)})`}offsetHSL(e,t,i){return this.getHSL(_r),this.setHSL(_r.h+e,_r.s+t,_r.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(_r),e.getHSL(Ll);const i=Xa(_r.h,Ll.h,t),s=Xa(_r.s,Ll.s,t),r=Xa(_r.l,Ll.l,t);return this.setHSL(i,s,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){const t=this.r,i=this.g,s=this.b,r=e.elements;return this.r=r[0]*t+r[3]*i+r[6]*s,this.g=r[1]*t+r[4]*i+r[7]*s,this.b=r[2]*t+r[5]*i+r[8]*s,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}}const ri=new rt;rt.NAMES=A0;class Tb extends gn{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new or,this.environmentIntensity=1,this.environmentRotation=new or,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){const t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}}const os=new V,Xs=new V,Fu=new V,qs=new V,go=new V,_o=new V,sm=new V,Uu=new V,Ou=new V,ku=new V,Bu=new Xt,zu=new Xt,Hu=new Xt;class fs{constructor(e=new V,t=new V,i=new V){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,s){s.subVectors(i,t),os.subVectors(e,t),s.cross(os);const r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(e,t,i,s,r){os.subVectors(s,t),Xs.subVectors(i,t),Fu.subVectors(e,t);const o=os.dot(os),a=os.dot(Xs),l=os.dot(Fu),c=Xs.dot(Xs),u=Xs.dot(Fu),h=o*c-a*a;if(h===0)return r.set(0,0,0),null;const f=1/h,d=(c*l-a*u)*f,p=(o*u-a*l)*f;return r.set(1-d-p,p,d)}static containsPoint(e,t,i,s){return this.getBarycoord(e,t,i,s,qs)===null?!1:qs.x>=0&&qs.y>=0&&qs.x+qs.y<=1}static getInterpolation(e,t,i,s,r,o,a,l){return this.getBarycoord(e,t,i,s,qs)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,qs.x),l.addScaledVector(o,qs.y),l.addScaledVector(a,qs.z),l)}static getInterpolatedAttribute(e,t,i,s,r,o){return Bu.setScalar(0),zu.setScalar(0),Hu.setScalar(0),Bu.fromBufferAttribute(e,t),zu.fromBufferAttribute(e,i),Hu.fromBufferAttribute(e,s),o.setScalar(0),o.addScaledVector(Bu,r.x),o.addScaledVector(zu,r.y),o.addScaledVector(Hu,r.z),o}static isFrontFacing(e,t,i,s){return os.subVectors(i,t),Xs.subVectors(e,t),os.cross(Xs).dot(s)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,s){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[s]),this}setFromAttributeAndIndices(e,t,i,s){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,s),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return os.subVectors(this.c,this.b),Xs.subVectors(this.a,this.b),os.cross(Xs).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return fs.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return fs.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,s,r){return fs.getInterpolation(e,this.a,this.b,this.c,t,i,s,r)}containsPoint(e){return fs.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return fs.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){const i=this.a,s=this.b,r=this.c;let o,a;go.subVectors(s,i),_o.subVectors(r,i),Uu.subVectors(e,i);const l=go.dot(Uu),c=_o.dot(Uu);if(l<=0&&c<=0)return t.copy(i);Ou.subVectors(e,s);const u=go.dot(Ou),h=_o.dot(Ou);if(u>=0&&h<=u)return t.copy(s);const f=l*h-u*c;if(f<=0&&l>=0&&u<=0&&l-u>0)return o=l/(l-u),t.copy(i).addScaledVector(go,o);ku.subVectors(e,r);const d=go.dot(ku),p=_o.dot(ku);if(p>=0&&d<=p)return t.copy(r);const x=d*c-l*p;if(x<=0&&c>=0&&p<=0)return a=c/(c-p),t.copy(i).addScaledVector(_o,a);const m=u*p-d*h;if(m<=0&&h-u>=0&&d-p>=0)return sm.subVectors(r,s),a=(h-u)/(h-u+(d-p)),t.copy(s).addScaledVector(sm,a);const g=1/(m+x+f);return o=x*g,a=f*g,t.copy(i).addScaledVector(go,o).addScaledVector(_o,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}}class Ei{constructor(e=new V(1/0,1/0,1/0),t=new V(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(as.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(as.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){const i=as.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);const i=e.geometry;if(i!==void 0){const r=i.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,as):as.fromBufferAttribute(r,o),as.applyMatrix4(e.matrixWorld),this.expandByPoint(as);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Pl.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),Pl.copy(i.boundingBox)),Pl.applyMatrix4(e.matrixWorld),this.union(Pl)}const s=e.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,as),as.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(va),Il.subVectors(this.max,va),xo.subVectors(e.a,va),vo.subVectors(e.b,va),yo.subVectors(e.c,va),xr.subVectors(vo,xo),vr.subVectors(yo,vo),Hr.subVectors(xo,yo);let t=[0,-xr.z,xr.y,0,-vr.z,vr.y,0,-Hr.z,Hr.y,xr.z,0,-xr.x,vr.z,0,-vr.x,Hr.z,0,-Hr.x,-xr.y,xr.x,0,-vr.y,vr.x,0,-Hr.y,Hr.x,0];return!Vu(t,xo,vo,yo,Il)||(t=[1,0,0,0,1,0,0,0,1],!Vu(t,xo,vo,yo,Il))?!1:(Nl.crossVectors(xr,vr),t=[Nl.x,Nl.y,Nl.z],Vu(t,xo,vo,yo,Il))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,as).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(as).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Ys[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Ys[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Ys[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Ys[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Ys[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Ys[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Ys[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Ys[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Ys),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}}const Ys=[new V,new V,new V,new V,new V,new V,new V,new V],as=new V,Pl=new Ei,xo=new V,vo=new V,yo=new V,xr=new V,vr=new V,Hr=new V,va=new V,Il=new V,Nl=new V,Vr=new V;function Vu(n,e,t,i,s){for(let r=0,o=n.length-3;r<=o;r+=3){Vr.fromArray(n,r);const a=s.x*Math.abs(Vr.x)+s.y*Math.abs(Vr.y)+s.z*Math.abs(Vr.z),l=e.dot(Vr),c=t.dot(Vr),u=i.dot(Vr);if(Math.max(-Math.max(l,c,u),Math.min(l,c,u))>a)return!1}return!0}const Rn=new V,Fl=new at;let Ab=0;class mn extends Fr{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Ab++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=M0,this.updateRanges=[],this.gpuType=Ji,this.version=0,this._normalizationScale=e!==void 0?Zc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[e+s]=t.array[i+s];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Fl.fromBufferAttribute(this,t),Fl.applyMatrix3(e),this.setXY(t,Fl.x,Fl.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)Rn.fromBufferAttribute(this,t),Rn.applyMatrix3(e),this.setXYZ(t,Rn.x,Rn.y,Rn.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)Rn.fromBufferAttribute(this,t),Rn.applyMatrix4(e),this.setXYZ(t,Rn.x,Rn.y,Rn.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)Rn.fromBufferAttribute(this,t),Rn.applyNormalMatrix(e),this.setXYZ(t,Rn.x,Rn.y,Rn.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)Rn.fromBufferAttribute(this,t),Rn.transformDirection(e),this.setXYZ(t,Rn.x,Rn.y,Rn.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=s,this}setXYZW(e,t,i,s,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),s=this._normalize(s),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=s,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){const e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){const t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):ud(e,this.array)}_normalize(e){const t=this._normalizationScale;return t!==void 0?Math.round(e*t):hd(e,this.array)}}class R0 extends mn{constructor(e,t,i){super(new Uint16Array(e),t,i)}}class C0 extends mn{constructor(e,t,i){super(new Uint32Array(e),t,i)}}class en extends mn{constructor(e,t,i){super(new Float32Array(e),t,i)}}const Rb=new Ei,ya=new V,Gu=new V;class Hi{constructor(e=new V,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){const i=this.center;t!==void 0?i.copy(t):Rb.setFromPoints(e).getCenter(i);let s=0;for(let r=0,o=e.length;r<o;r++)s=Math.max(s,i.distanceToSquared(e[r]));return this.radius=Math.sqrt(s),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){const t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){const i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;ya.subVectors(e,this.center);const t=ya.lengthSq();if(t>this.radius*this.radius){const i=Math.sqrt(t),s=(i-this.radius)*.5;this.center.addScaledVector(ya,s/i),this.radius+=s}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Gu.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(ya.copy(e.center).add(Gu)),this.expandByPoint(ya.copy(e.center).sub(Gu))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}}let Cb=0;const Xi=new mt,Wu=new gn,So=new V,Ii=new Ei,Sa=new Ei,qn=new V;class Mn extends Fr{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Cb++}),this.uuid=ks(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(YS(e)?C0:R0)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){const t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);const i=this.attributes.normal;if(i!==void 0){const r=new yt().getNormalMatrix(e);i.applyNormalMatrix(r),i.needsUpdate=!0}const s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(e),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Xi.makeRotationFromQuaternion(e),this.applyMatrix4(Xi),this}rotateX(e){return Xi.makeRotationX(e),this.applyMatrix4(Xi),this}rotateY(e){return Xi.makeRotationY(e),this.applyMatrix4(Xi),this}rotateZ(e){return Xi.makeRotationZ(e),this.applyMatrix4(Xi),this}translate(e,t,i){return Xi.makeTranslation(e,t,i),this.applyMatrix4(Xi),this}scale(e,t,i){return Xi.makeScale(e,t,i),this.applyMatrix4(Xi),this}lookAt(e){return Wu.lookAt(e),Wu.updateMatrix(),this.applyMatrix4(Wu.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(So).negate(),this.translate(So.x,So.y,So.z),this}setFromPoints(e){const t=this.getAttribute("position");if(t===void 0){const i=[];for(let s=0,r=e.length;s<r;s++){const o=e[s];i.push(o.x,o.y,o.z||0)}this.setAttribute("position",new en(i,3))}else{const i=Math.min(e.length,t.count);for(let s=0;s<i;s++){const r=e[s];t.setXYZ(s,r.x,r.y,r.z||0)}e.length>t.count&&tt("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Ei);const e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){ft("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new V(-1/0,-1/0,-1/0),new V(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,s=t.length;i<s;i++){const r=t[i];Ii.setFromBufferAttribute(r),this.morphTargetsRelative?(qn.addVectors(this.boundingBox.min,Ii.min),this.boundingBox.expandByPoint(qn),qn.addVectors(this.boundingBox.max,Ii.max),this.boundingBox.expandByPoint(qn)):(this.boundingBox.expandByPoint(Ii.min),this.boundingBox.expandByPoint(Ii.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&ft('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Hi);const e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){ft("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new V,1/0);return}if(e){const i=this.boundingSphere.center;if(Ii.setFromBufferAttribute(e),t)for(let r=0,o=t.length;r<o;r++){const a=t[r];Sa.setFromBufferAttribute(a),this.morphTargetsRelative?(qn.addVectors(Ii.min,Sa.min),Ii.expandByPoint(qn),qn.addVectors(Ii.max,Sa.max),Ii.expandByPoint(qn)):(Ii.expandByPoint(Sa.min),Ii.expandByPoint(Sa.max))}Ii.getCenter(i);let s=0;for(let r=0,o=e.count;r<o;r++)qn.fromBufferAttribute(e,r),s=Math.max(s,i.distanceToSquared(qn));if(t)for(let r=0,o=t.length;r<o;r++){const a=t[r],l=this.morphTargetsRelative;for(let c=0,u=a.count;c<u;c++)qn.fromBufferAttribute(a,c),l&&(So.fromBufferAttribute(e,c),qn.add(So)),s=Math.max(s,i.distanceToSquared(qn))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&ft('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){const e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){ft("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}const i=t.position,s=t.normal,r=t.uv;let o=this.getAttribute("tangent");(o===void 0||o.count!==i.count)&&(o=new mn(new Float32Array(4*i.count),4),this.setAttribute("tangent",o));const a=[],l=[],c=new Uint8Array(i.count);for(let U=0;U<i.count;U++)a[U]=new V,l[U]=new V;const u=new V,h=new V,f=new V,d=new at,p=new at,x=new at,m=new V,g=new V;function v(U,I,D){c[U]=c[I]=c[D]=1,u.fromBufferAttribute(i,U),h.fromBufferAttribute(i,I),f.fromBufferAttribute(i,D),d.fromBufferAttribute(r,U),p.fromBufferAttribute(r,I),x.fromBufferAttribute(r,D),h.sub(u),f.sub(u),p.sub(d),x.sub(d);const O=1/(p.x*x.y-x.x*p.y);isFinite(O)&&(m.copy(h).multiplyScalar(x.y).addScaledVector(f,-p.y).multiplyScalar(O),g.copy(f).multiplyScalar(p.x).addScaledVector(h,-x.x).multiplyScalar(O),a[U].add(m),a[I].add(m),a[D].add(m),l[U].add(g),l[I].add(g),l[D].add(g))}let M=this.groups;M.length===0&&(M=[{start:0,count:e.count}]);for(let U=0,I=M.length;U<I;++U){const D=M[U],O=D.start,W=D.count;for(let N=O,z=O+W;N<z;N+=3)v(e.getX(N+0),e.getX(N+1),e.getX(N+2))}const y=new V,T=new V,b=new V,_=new V;function E(U){b.fromBufferAttribute(s,U),_.copy(b);const I=a[U];y.copy(I),y.sub(b.multiplyScalar(b.dot(I))).normalize(),T.crossVectors(_,I);const O=T.dot(l[U])<0?-1:1;o.setXYZW(U,y.x,y.y,y.z,O)}for(let U=0,I=i.count;U<I;++U)c[U]&&E(U);this._transformed=!0}computeVertexNormals(){const e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new mn(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let f=0,d=i.count;f<d;f++)i.setXYZ(f,0,0,0);const s=new V,r=new V,o=new V,a=new V,l=new V,c=new V,u=new V,h=new V;if(e)for(let f=0,d=e.count;f<d;f+=3){const p=e.getX(f+0),x=e.getX(f+1),m=e.getX(f+2);s.fromBufferAttribute(t,p),r.fromBufferAttribute(t,x),o.fromBufferAttribute(t,m),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),a.fromBufferAttribute(i,p),l.fromBufferAttribute(i,x),c.fromBufferAttribute(i,m),a.add(u),l.add(u),c.add(u),i.setXYZ(p,a.x,a.y,a.z),i.setXYZ(x,l.x,l.y,l.z),i.setXYZ(m,c.x,c.y,c.z)}else for(let f=0,d=t.count;f<d;f+=3)s.fromBufferAttribute(t,f+0),r.fromBufferAttribute(t,f+1),o.fromBufferAttribute(t,f+2),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),i.setXYZ(f+0,u.x,u.y,u.z),i.setXYZ(f+1,u.x,u.y,u.z),i.setXYZ(f+2,u.x,u.y,u.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){const e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)qn.fromBufferAttribute(e,t),qn.normalize(),e.setXYZ(t,qn.x,qn.y,qn.z)}toNonIndexed(){function e(a,l){const c=a.array,u=a.itemSize,h=a.normalized,f=new c.constructor(l.length*u);let d=0,p=0;for(let x=0,m=l.length;x<m;x++){a.isInterleavedBufferAttribute?d=l[x]*a.data.stride+a.offset:d=l[x]*u;for(let g=0;g<u;g++)f[p++]=c[d++]}return new mn(f,u,h)}if(this.index===null)return tt("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;const t=new Mn,i=this.index.array,s=this.attributes;for(const a in s){const l=s[a],c=e(l,i);t.setAttribute(a,c)}const r=this.morphAttributes;for(const a in r){const l=[],c=r[a];for(let u=0,h=c.length;u<h;u++){const f=c[u],d=e(f,i);l.push(d)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;const o=this.groups;for(let a=0,l=o.length;a<l;a++){const c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){const e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){const l=this.parameters;for(const c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};const t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});const i=this.attributes;for(const l in i){const c=i[l];e.data.attributes[l]=c.toJSON(e.data)}const s={};let r=!1;for(const l in this.morphAttributes){const c=this.morphAttributes[l],u=[];for(let h=0,f=c.length;h<f;h++){const d=c[h];u.push(d.toJSON(e.data))}u.length>0&&(s[l]=u,r=!0)}r&&(e.data.morphAttributes=s,e.data.morphTargetsRelative=this.morphTargetsRelative);const o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));const a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;const t={};this.name=e.name;const i=e.index;i!==null&&this.setIndex(i.clone());const s=e.attributes;for(const c in s){const u=s[c];this.setAttribute(c,u.clone(t))}const r=e.morphAttributes;for(const c in r){const u=[],h=r[c];for(let f=0,d=h.length;f<d;f++)u.push(h[f].clone(t));this.morphAttributes[c]=u}this.morphTargetsRelative=e.morphTargetsRelative;const o=e.groups;for(let c=0,u=o.length;c<u;c++){const h=o[c];this.addGroup(h.start,h.count,h.materialIndex)}const a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());const l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}}class D0{constructor(e,t){this.isInterleavedBuffer=!0,this.array=e,this.stride=t,this.count=e!==void 0?e.length/t:0,this.usage=M0,this.updateRanges=[],this.version=0,this.uuid=ks()}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.array=new e.array.constructor(e.array),this.count=e.count,this.stride=e.stride,this.usage=e.usage,this}copyAt(e,t,i){e*=this.stride,i*=t.stride;for(let s=0,r=this.stride;s<r;s++)this.array[e+s]=t.array[i+s];return this}set(e,t=0){return this.array.set(e,t),this}clone(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});const t=rm(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=this.array.slice(0).buffer);const i=new this.array.constructor(e.arrayBuffers[t]),s=new this.constructor(i,this.stride);return s.setUsage(this.usage),s}onUpload(e){return this.onUploadCallback=e,this}toJSON(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});const t=rm(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=Array.from(new Uint32Array(this.array.slice(0).buffer)));const i={uuid:this.uuid,buffer:t,type:this.array.constructor.name,stride:this.stride};return i.usage=this.usage,i}}function rm(n){return n.buffer._uuid===void 0&&(n.buffer._uuid=ks()),n.byteOffset===0&&n.byteLength===n.buffer.byteLength?n.buffer._uuid:n.buffer._uuid+":"+n.byteOffset+":"+n.byteLength}const fi=new V;class er{constructor(e,t,i,s=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=e,this.itemSize=t,this.offset=i,this.normalized=s,this._normalizationScale=e!==void 0?Zc(e.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(e){this.data.needsUpdate=e}applyMatrix4(e){for(let t=0,i=this.data.count;t<i;t++)fi.fromBufferAttribute(this,t),fi.applyMatrix4(e),this.setXYZ(t,fi.x,fi.y,fi.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)fi.fromBufferAttribute(this,t),fi.applyNormalMatrix(e),this.setXYZ(t,fi.x,fi.y,fi.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)fi.fromBufferAttribute(this,t),fi.transformDirection(e),this.setXYZ(t,fi.x,fi.y,fi.z);return this}getComponent(e,t){let i=this.array[e*this.data.stride+this.offset+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.data.array[e*this.data.stride+this.offset+t]=i,this}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset]=t,this}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+1]=t,this}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+2]=t,this}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+3]=t,this}getX(e){let t=this.data.array[e*this.data.stride+this.offset];return this.normalized&&(t=this._denormalize(t)),t}getY(e){let t=this.data.array[e*this.data.stride+this.offset+1];return this.normalized&&(t=this._denormalize(t)),t}getZ(e){let t=this.data.array[e*this.data.stride+this.offset+2];return this.normalized&&(t=this._denormalize(t)),t}getW(e){let t=this.data.array[e*this.data.stride+this.offset+3];return this.normalized&&(t=this._denormalize(t)),t}setXY(e,t,i){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.data.array[e+0]=t,this.data.array[e+1]=i,this}setXYZ(e,t,i,s){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),s=this._normalize(s)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=s,this}setXYZW(e,t,i,s,r){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),s=this._normalize(s),r=this._normalize(r)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=s,this.data.array[e+3]=r,this}clone(e){if(e===void 0){Nc("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");const t=[];for(let i=0;i<this.count;i++){const s=i*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[s+r])}return new mn(new this.array.constructor(t),this.itemSize,this.normalized)}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.clone(e)),new er(e.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(e){if(e===void 0){Nc("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");const t=[];for(let i=0;i<this.count;i++){const s=i*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[s+r])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:t,normalized:this.normalized}}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.toJSON(e)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(e){const t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):ud(e,this.data.array)}_normalize(e){const t=this._normalizationScale;return t!==void 0?Math.round(e*t):hd(e,this.data.array)}}const Xu=new V,Db=new V,Lb=new yt;class Zs{constructor(e=new V(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,s){return this.normal.set(e,t,i),this.constant=s,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){const s=Xu.subVectors(i,t).cross(Db.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(s,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){const e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){const s=e.delta(Xu),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;const o=-(e.start.dot(this.normal)+this.constant)/r;return i===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(s,o)}intersectsLine(e){const t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){const i=t||Lb.getNormalMatrix(e),s=this.coplanarPoint(Xu).applyMatrix4(e),r=this.normal.applyMatrix3(i).normalize();return this.constant=-s.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}}let Pb=0;class Bi extends Fr{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Pb++}),this.uuid=ks(),this.name="",this.type="Material",this.blending=Ga,this.side=Pr,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=n0,this.blendDst=i0,this.blendEquation=Co,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new rt(0,0,0),this.blendAlpha=0,this.depthFunc=Ja,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=HS,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Au,this.stencilZFail=Au,this.stencilZPass=Au,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(const t in e){const i=e[t];if(i===void 0){tt(`Material: parameter '${t}' has value of undefined.`);continue}const s=this[t];if(s===void 0){tt(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(i):s&&s.isVector2&&i&&i.isVector2||s&&s.isEuler&&i&&i.isEuler||s&&s.isVector3&&i&&i.isVector3?s.copy(i):this[t]=i}}toJSON(e){const t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});const i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function s(r){const o=[];for(const a in r){const l=r[a];delete l.metadata,o.push(l)}return o}if(t){const r=s(e.textures),o=s(e.images);r.length>0&&(i.textures=r),o.length>0&&(i.images=o)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new rt().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new Zs().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new at().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new at().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;const t=e.clippingPlanes;let i=null;if(t!==null){const s=t.length;i=new Array(s);for(let r=0;r!==s;++r)i[r]=t[r].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}}const $s=new V,qu=new V,Ul=new V,Ol=new V;class ia{constructor(e=new V,t=new V(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,$s)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);const i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){const t=$s.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):($s.copy(this.origin).addScaledVector(this.direction,t),$s.distanceToSquared(e))}distanceSqToSegment(e,t,i,s){qu.copy(e).add(t).multiplyScalar(.5),Ul.copy(t).sub(e).normalize(),Ol.copy(this.origin).sub(qu);const r=e.distanceTo(t)*.5,o=-this.direction.dot(Ul),a=Ol.dot(this.direction),l=-Ol.dot(Ul),c=Ol.lengthSq(),u=Math.abs(1-o*o);let h,f,d,p;if(u>0)if(h=o*l-a,f=o*a-l,p=r*u,h>=0)if(f>=-p)if(f<=p){const x=1/u;h*=x,f*=x,d=h*(h+o*f+2*a)+f*(o*h+f+2*l)+c}else f=r,h=Math.max(0,-(o*f+a)),d=-h*h+f*(f+2*l)+c;else f=-r,h=Math.max(0,-(o*f+a)),d=-h*h+f*(f+2*l)+c;else f<=-p?(h=Math.max(0,-(-o*r+a)),f=h>0?-r:Math.min(Math.max(-r,-l),r),d=-h*h+f*(f+2*l)+c):f<=p?(h=0,f=Math.min(Math.max(-r,-l),r),d=f*(f+2*l)+c):(h=Math.max(0,-(o*r+a)),f=h>0?r:Math.min(Math.max(-r,-l),r),d=-h*h+f*(f+2*l)+c);else f=o>0?-r:r,h=Math.max(0,-(o*f+a)),d=-h*h+f*(f+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,h),s&&s.copy(qu).addScaledVector(Ul,f),d}intersectSphere(e,t){if(e.radius<0)return null;$s.subVectors(e.center,this.origin);const i=$s.dot(this.direction),s=$s.dot($s)-i*i,r=e.radius*e.radius;if(s>r)return null;const o=Math.sqrt(r-s),a=i-o,l=i+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){const t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;const i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){const i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){const t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,s,r,o,a,l;const c=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,f=this.origin;return c>=0?(i=(e.min.x-f.x)*c,s=(e.max.x-f.x)*c):(i=(e.max.x-f.x)*c,s=(e.min.x-f.x)*c),u>=0?(r=(e.min.y-f.y)*u,o=(e.max.y-f.y)*u):(r=(e.max.y-f.y)*u,o=(e.min.y-f.y)*u),i>o||r>s||((r>i||isNaN(i))&&(i=r),(o<s||isNaN(s))&&(s=o),h>=0?(a=(e.min.z-f.z)*h,l=(e.max.z-f.z)*h):(a=(e.max.z-f.z)*h,l=(e.min.z-f.z)*h),i>l||a>s)||((a>i||i!==i)&&(i=a),(l<s||s!==s)&&(s=l),s<0)?null:this.at(i>=0?i:s,t)}intersectsBox(e){return this.intersectBox(e,$s)!==null}intersectTriangle(e,t,i,s,r){const o=this.origin,a=this.direction,l=a.x,c=a.y,u=a.z,h=e.x-o.x,f=e.y-o.y,d=e.z-o.z,p=t.x-o.x,x=t.y-o.y,m=t.z-o.z,g=i.x-o.x,v=i.y-o.y,M=i.z-o.z,y=Math.abs(l),T=Math.abs(c),b=Math.abs(u);let _,E,U,I,D,O,W,N,z,$,H,ue;if(y>=T&&y>=b?(U=l,O=h,z=p,ue=g,l>=0?(_=c,E=u,I=f,D=d,W=x,N=m,$=v,H=M):(_=u,E=c,I=d,D=f,W=m,N=x,$=M,H=v)):T>=b?(U=c,O=f,z=x,ue=v,c>=0?(_=u,E=l,I=d,D=h,W=m,N=p,$=M,H=g):(_=l,E=u,I=h,D=d,W=p,N=m,$=g,H=M)):(U=u,O=d,z=m,ue=M,u>=0?(_=l,E=c,I=h,D=f,W=p,N=x,$=g,H=v):(_=c,E=l,I=f,D=h,W=x,N=p,$=v,H=g)),U===0)return null;const J=_/U,ee=E/U,re=1/U,xe=I-J*O,_e=D-ee*O,te=W-J*z,Me=N-ee*z,Ae=$-J*ue,ge=H-ee*ue,Pe=Ae*Me-ge*te,Qe=xe*ge-_e*Ae,dt=te*_e-Me*xe;if(s){if(Pe<0||Qe<0||dt<0)return null}else if((Pe<0||Qe<0||dt<0)&&(Pe>0||Qe>0||dt>0))return null;const Ke=Pe+Qe+dt;if(Ke===0)return null;const bt=re*(Pe*O+Qe*z+dt*ue);return(Ke>0?bt<0:bt>0)?null:this.at(bt/Ke,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}}class Dr extends Bi{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new rt(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new or,this.combine=td,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}}const om=new mt,Gr=new ia,kl=new Hi,am=new V,Bl=new V,zl=new V,Hl=new V,Yu=new V,Vl=new V,lm=new V,Gl=new V;class ni extends gn{constructor(e=new Mn,t=new Dr){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){const t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){const s=t[i[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){const a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(e,t){const i=this.geometry,s=i.attributes.position,r=i.morphAttributes.position,o=i.morphTargetsRelative;t.fromBufferAttribute(s,e);const a=this.morphTargetInfluences;if(r&&a){Vl.set(0,0,0);for(let l=0,c=r.length;l<c;l++){const u=a[l],h=r[l];u!==0&&(Yu.fromBufferAttribute(h,e),o?Vl.addScaledVector(Yu,u):Vl.addScaledVector(Yu.sub(t),u))}t.add(Vl)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){const i=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),kl.copy(i.boundingSphere),kl.applyMatrix4(r),Gr.copy(e.ray).recast(e.near),!(kl.containsPoint(Gr.origin)===!1&&(Gr.intersectSphere(kl,am)===null||Gr.origin.distanceToSquared(am)>(e.far-e.near)**2))&&(om.copy(r).invert(),Gr.copy(e.ray).applyMatrix4(om),!(i.boundingBox!==null&&Gr.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,Gr)))}_computeIntersections(e,t,i){let s;const r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,u=r.attributes.uv1,h=r.attributes.normal,f=r.groups,d=r.drawRange;if(a!==null)if(Array.isArray(o))for(let p=0,x=f.length;p<x;p++){const m=f[p],g=o[m.materialIndex],v=Math.max(m.start,d.start),M=Math.min(a.count,Math.min(m.start+m.count,d.start+d.count));for(let y=v,T=M;y<T;y+=3){const b=a.getX(y),_=a.getX(y+1),E=a.getX(y+2);s=Wl(this,g,e,i,c,u,h,b,_,E),s&&(s.faceIndex=Math.floor(y/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{const p=Math.max(0,d.start),x=Math.min(a.count,d.start+d.count);for(let m=p,g=x;m<g;m+=3){const v=a.getX(m),M=a.getX(m+1),y=a.getX(m+2);s=Wl(this,o,e,i,c,u,h,v,M,y),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}else if(l!==void 0)if(Array.isArray(o))for(let p=0,x=f.length;p<x;p++){const m=f[p],g=o[m.materialIndex],v=Math.max(m.start,d.start),M=Math.min(l.count,Math.min(m.start+m.count,d.start+d.count));for(let y=v,T=M;y<T;y+=3){const b=y,_=y+1,E=y+2;s=Wl(this,g,e,i,c,u,h,b,_,E),s&&(s.faceIndex=Math.floor(y/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{const p=Math.max(0,d.start),x=Math.min(l.count,d.start+d.count);for(let m=p,g=x;m<g;m+=3){const v=m,M=m+1,y=m+2;s=Wl(this,o,e,i,c,u,h,v,M,y),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}}}function Ib(n,e,t,i,s,r,o,a){let l;if(e.side===bi?l=i.intersectTriangle(o,r,s,!0,a):l=i.intersectTriangle(s,r,o,e.side===Pr,a),l===null)return null;Gl.copy(a),Gl.applyMatrix4(n.matrixWorld);const c=t.ray.origin.distanceTo(Gl);return c<t.near||c>t.far?null:{distance:c,point:Gl.clone(),object:n}}function Wl(n,e,t,i,s,r,o,a,l,c){n.getVertexPosition(a,Bl),n.getVertexPosition(l,zl),n.getVertexPosition(c,Hl);const u=Ib(n,e,t,i,Bl,zl,Hl,lm);if(u){const h=new V;fs.getBarycoord(lm,Bl,zl,Hl,h),s&&(u.uv=fs.getInterpolatedAttribute(s,a,l,c,h,new at)),r&&(u.uv1=fs.getInterpolatedAttribute(r,a,l,c,h,new at)),o&&(u.normal=fs.getInterpolatedAttribute(o,a,l,c,h,new V),u.normal.dot(i.direction)>0&&u.normal.multiplyScalar(-1));const f={a,b:l,c,normal:new V,materialIndex:0};fs.getNormal(Bl,zl,Hl,f.normal),u.face=f,u.barycoord=h}return u}const ba=new Xt,cm=new Xt,um=new Xt,Nb=new Xt,hm=new mt,Xl=new V,$u=new Hi,fm=new mt,Ku=new ia;class Fb extends ni{constructor(e,t){super(e,t),this.isSkinnedMesh=!0,this.type="SkinnedMesh",this.bindMode=zp,this.bindMatrix=new mt,this.bindMatrixInverse=new mt,this.boundingBox=null,this.boundingSphere=null}computeBoundingBox(){const e=this.geometry;this.boundingBox===null&&(this.boundingBox=new Ei),this.boundingBox.makeEmpty();const t=e.getAttribute("position");for(let i=0;i<t.count;i++)this.getVertexPosition(i,Xl),this.boundingBox.expandByPoint(Xl)}computeBoundingSphere(){const e=this.geometry;this.boundingSphere===null&&(this.boundingSphere=new Hi),this.boundingSphere.makeEmpty();const t=e.getAttribute("position");for(let i=0;i<t.count;i++)this.getVertexPosition(i,Xl),this.boundingSphere.expandByPoint(Xl)}copy(e,t){return super.copy(e,t),this.bindMode=e.bindMode,this.bindMatrix.copy(e.bindMatrix),this.bindMatrixInverse.copy(e.bindMatrixInverse),this.skeleton=e.skeleton,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}raycast(e,t){const i=this.material,s=this.matrixWorld;i!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),$u.copy(this.boundingSphere),$u.applyMatrix4(s),e.ray.intersectsSphere($u)!==!1&&(fm.copy(s).invert(),Ku.copy(e.ray).applyMatrix4(fm),!(this.boundingBox!==null&&Ku.intersectsBox(this.boundingBox)===!1)&&this._computeIntersections(e,t,Ku)))}getVertexPosition(e,t){return super.getVertexPosition(e,t),this.applyBoneTransform(e,t),t}bind(e,t){this.skeleton=e,t===void 0&&(this.updateMatrixWorld(!0),this.skeleton.calculateInverses(),t=this.matrixWorld),this.bindMatrix.copy(t),this.bindMatrixInverse.copy(t).invert()}pose(){this.skeleton.pose()}normalizeSkinWeights(){const e=new Xt,t=this.geometry.attributes.skinWeight;for(let i=0,s=t.count;i<s;i++){e.fromBufferAttribute(t,i);const r=1/e.manhattanLength();r!==1/0?e.multiplyScalar(r):e.set(1,0,0,0),t.setXYZW(i,e.x,e.y,e.z,e.w)}}updateMatrixWorld(e){super.updateMatrixWorld(e),this.bindMode===zp?this.bindMatrixInverse.copy(this.matrixWorld).invert():this.bindMode===US?this.bindMatrixInverse.copy(this.bindMatrix).invert():tt("SkinnedMesh: Unrecognized bindMode: "+this.bindMode)}applyBoneTransform(e,t){const i=this.skeleton,s=this.geometry;cm.fromBufferAttribute(s.attributes.skinIndex,e),um.fromBufferAttribute(s.attributes.skinWeight,e),t.isVector4?(ba.copy(t),t.set(0,0,0,0)):(ba.set(t.x,t.y,t.z,1),t.set(0,0,0)),ba.applyMatrix4(this.bindMatrix);for(let r=0;r<4;r++){const o=um.getComponent(r);if(o!==0){const a=cm.getComponent(r);hm.multiplyMatrices(i.bones[a].matrixWorld,i.boneInverses[a]),t.addScaledVector(Nb.copy(ba).applyMatrix4(hm),o)}}return t.isVector4&&(t.w=ba.w),t.applyMatrix4(this.bindMatrixInverse)}}class L0 extends gn{constructor(){super(),this.isBone=!0,this.type="Bone"}}class gl extends zn{constructor(e=null,t=1,i=1,s,r,o,a,l,c=Dn,u=Dn,h,f){super(null,o,a,l,c,u,s,r,h,f),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}}const dm=new mt,Ub=new mt;class pd{constructor(e=[],t=[]){this.uuid=ks(),this.bones=e.slice(0),this.boneInverses=t,this.boneMatrices=null,this.previousBoneMatrices=null,this.boneTexture=null,this.previousBoneTexture=null,this.init()}init(){const e=this.bones,t=this.boneInverses;if(this.boneMatrices=new Float32Array(e.length*16),t.length===0)this.calculateInverses();else if(e.length!==t.length){tt("Skeleton: Number of inverse bone matrices does not match amount of bones."),this.boneInverses=[];for(let i=0,s=this.bones.length;i<s;i++)this.boneInverses.push(new mt)}}calculateInverses(){this.boneInverses.length=0;for(let e=0,t=this.bones.length;e<t;e++){const i=new mt;this.bones[e]&&i.copy(this.bones[e].matrixWorld).invert(),this.boneInverses.push(i)}}pose(){for(let e=0,t=this.bones.length;e<t;e++){const i=this.bones[e];i&&i.matrixWorld.copy(this.boneInverses[e]).invert()}for(let e=0,t=this.bones.length;e<t;e++){const i=this.bones[e];i&&(i.parent&&i.parent.isBone?(i.matrix.copy(i.parent.matrixWorld).invert(),i.matrix.multiply(i.matrixWorld)):i.matrix.copy(i.matrixWorld),i.matrix.decompose(i.position,i.quaternion,i.scale))}}update(){const e=this.bones,t=this.boneInverses,i=this.boneMatrices,s=this.boneTexture;for(let r=0,o=e.length;r<o;r++){const a=e[r]?e[r].matrixWorld:Ub;dm.multiplyMatrices(a,t[r]),dm.toArray(i,r*16)}s!==null&&(s.needsUpdate=!0)}clone(){return new pd(this.bones,this.boneInverses)}computeBoneTexture(){let e=Math.sqrt(this.bones.length*4);e=Math.ceil(e/4)*4,e=Math.max(e,4);const t=new Float32Array(e*e*4);t.set(this.boneMatrices);const i=new gl(t,e,e,Oi,Ji);return i.needsUpdate=!0,this.boneMatrices=t,this.boneTexture=i,this}getBoneByName(e){for(let t=0,i=this.bones.length;t<i;t++){const s=this.bones[t];if(s.name===e)return s}}dispose(){this.boneTexture!==null&&(this.boneTexture.dispose(),this.boneTexture=null),this.previousBoneTexture!==null&&(this.previousBoneTexture.dispose(),this.previousBoneTexture=null)}fromJSON(e,t){this.uuid=e.uuid;for(let i=0,s=e.bones.length;i<s;i++){const r=e.bones[i];let o=t[r];o===void 0&&(tt("Skeleton: No bone found with UUID:",r),o=new L0),this.bones.push(o),this.boneInverses.push(new mt().fromArray(e.boneInverses[i]))}return this.init(),this}toJSON(){const e={metadata:{version:4.7,type:"Skeleton",generator:"Skeleton.toJSON"},bones:[],boneInverses:[]};e.uuid=this.uuid;const t=this.bones,i=this.boneInverses;for(let s=0,r=t.length;s<r;s++){const o=t[s];e.bones.push(o.uuid);const a=i[s];e.boneInverses.push(a.toArray())}return e}}class Fc extends mn{constructor(e,t,i,s=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=s}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){const e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}}const bo=new mt,pm=new mt,ql=[],mm=new Ei,Ob=new mt,Ma=new ni,Ea=new Hi;class P0 extends ni{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new Fc(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let s=0;s<i;s++)this.setMatrixAt(s,Ob)}computeBoundingBox(){const e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new Ei),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,bo),mm.copy(e.boundingBox).applyMatrix4(bo),this.boundingBox.union(mm)}computeBoundingSphere(){const e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new Hi),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,bo),Ea.copy(e.boundingSphere).applyMatrix4(bo),this.boundingSphere.union(Ea)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){const i=t.morphTargetInfluences,s=this.morphTexture.source.data.data,r=i.length+1,o=e*r+1;for(let a=0;a<i.length;a++)i[a]=s[o+a]}raycast(e,t){const i=this.matrixWorld,s=this.count;if(Ma.geometry=this.geometry,Ma.material=this.material,Ma.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),Ea.copy(this.boundingSphere),Ea.applyMatrix4(i),e.ray.intersectsSphere(Ea)!==!1))for(let r=0;r<s;r++){this.getMatrixAt(r,bo),pm.multiplyMatrices(i,bo),Ma.matrixWorld=pm,Ma.raycast(e,ql);for(let o=0,a=ql.length;o<a;o++){const l=ql[o];l.instanceId=r,l.object=this,t.push(l)}ql.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new Fc(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){const i=t.morphTargetInfluences,s=i.length+1;this.morphTexture===null&&(this.morphTexture=new gl(new Float32Array(s*this.count),s,this.count,rd,Ji));const r=this.morphTexture.source.data.data;let o=0;for(let c=0;c<i.length;c++)o+=i[c];const a=this.geometry.morphTargetsRelative?1:1-o,l=s*e;return r[l]=a,r.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}}const Wr=new Hi,kb=new at(.5,.5),Yl=new V;class rl{constructor(e=new Zs,t=new Zs,i=new Zs,s=new Zs,r=new Zs,o=new Zs){this.planes=[e,t,i,s,r,o]}set(e,t,i,s,r,o){const a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(i),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(e){const t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=ds,i=!1){const s=this.planes,r=e.elements,o=r[0],a=r[1],l=r[2],c=r[3],u=r[4],h=r[5],f=r[6],d=r[7],p=r[8],x=r[9],m=r[10],g=r[11],v=r[12],M=r[13],y=r[14],T=r[15];if(s[0].setComponents(c-o,d-u,g-p,T-v).normalize(),s[1].setComponents(c+o,d+u,g+p,T+v).normalize(),s[2].setComponents(c+a,d+h,g+x,T+M).normalize(),s[3].setComponents(c-a,d-h,g-x,T-M).normalize(),i)s[4].setComponents(l,f,m,y).normalize(),s[5].setComponents(c-l,d-f,g-m,T-y).normalize();else if(s[4].setComponents(c-l,d-f,g-m,T-y).normalize(),t===ds)s[5].setComponents(c+l,d+f,g+m,T+y).normalize();else if(t===nl)s[5].setComponents(l,f,m,y).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Wr.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{const t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Wr.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Wr)}intersectsSprite(e){Wr.center.set(0,0,0);const t=kb.distanceTo(e.center);return Wr.radius=.7071067811865476+t,Wr.applyMatrix4(e.matrixWorld),this.intersectsSphere(Wr)}intersectsSphere(e){const t=this.planes,i=e.center,s=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(i)<s)return!1;return!0}intersectsBox(e){const t=this.planes;for(let i=0;i<6;i++){const s=t[i];if(Yl.x=s.normal.x>0?e.max.x:e.min.x,Yl.y=s.normal.y>0?e.max.y:e.min.y,Yl.z=s.normal.z>0?e.max.z:e.min.z,s.distanceToPoint(Yl)<0)return!1}return!0}containsPoint(e){const t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}}const gm=new mt;class md{constructor(){this.coordinateSystem=ds,this._frustums=[],this._count=0}setFromArrayCamera(e){const t=e.cameras,i=this._frustums;for(let s=0;s<t.length;s++){const r=t[s];gm.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),i[s]===void 0&&(i[s]=new rl),i[s].setFromProjectionMatrix(gm,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){const t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){const t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){const t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){const t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){const t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;const t=this._frustums,i=e._frustums;for(let s=0;s<e._count;s++)t[s]===void 0&&(t[s]=new rl),t[s].copy(i[s]);return this._count=e._count,this}clone(){return new md().copy(this)}}class qa extends Bi{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new rt(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}}const Uc=new V,Oc=new V,_m=new mt,wa=new ia,$l=new Hi,ju=new V,xm=new V;class gd extends gn{constructor(e=new Mn,t=new qa){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){const e=this.geometry;if(e.index===null){const t=e.attributes.position,i=[0];for(let s=1,r=t.count;s<r;s++)Uc.fromBufferAttribute(t,s-1),Oc.fromBufferAttribute(t,s),i[s]=i[s-1],i[s]+=Uc.distanceTo(Oc);e.setAttribute("lineDistance",new en(i,1))}else tt("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){const i=this.geometry,s=this.matrixWorld,r=e.params.Line.threshold,o=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),$l.copy(i.boundingSphere),$l.applyMatrix4(s),$l.radius+=r,e.ray.intersectsSphere($l)===!1)return;_m.copy(s).invert(),wa.copy(e.ray).applyMatrix4(_m);const a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,u=i.index,f=i.attributes.position;if(u!==null){const d=Math.max(0,o.start),p=Math.min(u.count,o.start+o.count);for(let x=d,m=p-1;x<m;x+=c){const g=u.getX(x),v=u.getX(x+1),M=Kl(this,e,wa,l,g,v,x);M&&t.push(M)}if(this.isLineLoop){const x=u.getX(p-1),m=u.getX(d),g=Kl(this,e,wa,l,x,m,p-1);g&&t.push(g)}}else{const d=Math.max(0,o.start),p=Math.min(f.count,o.start+o.count);for(let x=d,m=p-1;x<m;x+=c){const g=Kl(this,e,wa,l,x,x+1,x);g&&t.push(g)}if(this.isLineLoop){const x=Kl(this,e,wa,l,p-1,d,p-1);x&&t.push(x)}}}updateMorphTargets(){const t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){const s=t[i[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){const a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}}function Kl(n,e,t,i,s,r,o){const a=n.geometry.attributes.position;if(Uc.fromBufferAttribute(a,s),Oc.fromBufferAttribute(a,r),t.distanceSqToSegment(Uc,Oc,ju,xm)>i)return;ju.applyMatrix4(n.matrixWorld);const c=e.ray.origin.distanceTo(ju);if(!(c<e.near||c>e.far))return{distance:c,point:xm.clone().applyMatrix4(n.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:n}}const vm=new V,ym=new V;class Rf extends gd{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){const e=this.geometry;if(e.index===null){const t=e.attributes.position,i=[];for(let s=0,r=t.count;s<r;s+=2)vm.fromBufferAttribute(t,s),ym.fromBufferAttribute(t,s+1),i[s]=s===0?0:i[s-1],i[s+1]=i[s]+vm.distanceTo(ym);e.setAttribute("lineDistance",new en(i,1))}else tt("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}}class Bb extends gd{constructor(e,t){super(e,t),this.isLineLoop=!0,this.type="LineLoop"}}class Lo extends Bi{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new rt(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}}const Sm=new mt,Cf=new ia,jl=new Hi,Jl=new V;class Ya extends gn{constructor(e=new Mn,t=new Lo){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){const i=this.geometry,s=this.matrixWorld,r=e.params.Points.threshold,o=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),jl.copy(i.boundingSphere),jl.applyMatrix4(s),jl.radius+=r,e.ray.intersectsSphere(jl)===!1)return;Sm.copy(s).invert(),Cf.copy(e.ray).applyMatrix4(Sm);const a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=i.index,h=i.attributes.position;if(c!==null){const f=Math.max(0,o.start),d=Math.min(c.count,o.start+o.count);for(let p=f,x=d;p<x;p++){const m=c.getX(p);Jl.fromBufferAttribute(h,m),bm(Jl,m,l,s,e,t,this)}}else{const f=Math.max(0,o.start),d=Math.min(h.count,o.start+o.count);for(let p=f,x=d;p<x;p++)Jl.fromBufferAttribute(h,p),bm(Jl,p,l,s,e,t,this)}}updateMorphTargets(){const t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){const s=t[i[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){const a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}}function bm(n,e,t,i,s,r,o){const a=Cf.distanceSqToPoint(n);if(a<t){const l=new V;Cf.closestPointToPoint(n,l),l.applyMatrix4(i);const c=s.ray.origin.distanceTo(l);if(c<s.near||c>s.far)return;r.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}class I0 extends zn{constructor(e=[],t=qo,i,s,r,o,a,l,c,u){super(e,t,i,s,r,o,a,l,c,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}}class jo extends zn{constructor(e,t,i=Us,s,r,o,a=Dn,l=Dn,c,u=Ir,h=1){if(u!==Ir&&u!==Cr)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");const f={width:e,height:t,depth:h};super(f,s,r,o,a,l,u,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new fd(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){const t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}}class N0 extends jo{constructor(e,t=Us,i=qo,s,r,o=Dn,a=Dn,l,c=Ir){const u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,i,s,r,o,a,l,c),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}}class F0 extends zn{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}}class _l extends Mn{constructor(e=1,t=1,i=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:s,heightSegments:r,depthSegments:o};const a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);const l=[],c=[],u=[],h=[];let f=0,d=0;p("z","y","x",-1,-1,i,t,e,o,r,0),p("z","y","x",1,-1,i,t,-e,o,r,1),p("x","z","y",1,1,e,i,t,s,o,2),p("x","z","y",1,-1,e,i,-t,s,o,3),p("x","y","z",1,-1,e,t,i,s,r,4),p("x","y","z",-1,-1,e,t,-i,s,r,5),this.setIndex(l),this.setAttribute("position",new en(c,3)),this.setAttribute("normal",new en(u,3)),this.setAttribute("uv",new en(h,2));function p(x,m,g,v,M,y,T,b,_,E,U){const I=y/_,D=T/E,O=y/2,W=T/2,N=b/2,z=_+1,$=E+1;let H=0,ue=0;const J=new V;for(let ee=0;ee<$;ee++){const re=ee*D-W;for(let xe=0;xe<z;xe++){const _e=xe*I-O;J[x]=_e*v,J[m]=re*M,J[g]=N,c.push(J.x,J.y,J.z),J[x]=0,J[m]=0,J[g]=b>0?1:-1,u.push(J.x,J.y,J.z),h.push(xe/_),h.push(1-ee/E),H+=1}}for(let ee=0;ee<E;ee++)for(let re=0;re<_;re++){const xe=f+re+z*ee,_e=f+re+z*(ee+1),te=f+(re+1)+z*(ee+1),Me=f+(re+1)+z*ee;l.push(xe,_e,Me),l.push(_e,te,Me),ue+=6}a.addGroup(d,ue,U),d+=ue,f+=H}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new _l(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}}class _d extends Mn{constructor(e=1,t=1,i=1,s=32,r=1,o=!1,a=0,l=Math.PI*2){super(),this.type="CylinderGeometry",this.parameters={radiusTop:e,radiusBottom:t,height:i,radialSegments:s,heightSegments:r,openEnded:o,thetaStart:a,thetaLength:l};const c=this;s=Math.floor(s),r=Math.floor(r);const u=[],h=[],f=[],d=[];let p=0;const x=[],m=i/2;let g=0;v(),o===!1&&(e>0&&M(!0),t>0&&M(!1)),this.setIndex(u),this.setAttribute("position",new en(h,3)),this.setAttribute("normal",new en(f,3)),this.setAttribute("uv",new en(d,2));function v(){const y=new V,T=new V;let b=0;const _=(t-e)/i;for(let E=0;E<=r;E++){const U=[],I=E/r,D=I*(t-e)+e;for(let O=0;O<=s;O++){const W=O/s,N=W*l+a,z=Math.sin(N),$=Math.cos(N);T.x=D*z,T.y=-I*i+m,T.z=D*$,h.push(T.x,T.y,T.z),y.set(z,_,$).normalize(),f.push(y.x,y.y,y.z),d.push(W,1-I),U.push(p++)}x.push(U)}for(let E=0;E<s;E++)for(let U=0;U<r;U++){const I=x[U][E],D=x[U+1][E],O=x[U+1][E+1],W=x[U][E+1];(e>0||U!==0)&&(u.push(I,D,W),b+=3),(t>0||U!==r-1)&&(u.push(D,O,W),b+=3)}c.addGroup(g,b,0),g+=b}function M(y){const T=p,b=new at,_=new V;let E=0;const U=y===!0?e:t,I=y===!0?1:-1;for(let O=1;O<=s;O++)h.push(0,m*I,0),f.push(0,I,0),d.push(.5,.5),p++;const D=p;for(let O=0;O<=s;O++){const N=O/s*l+a,z=Math.cos(N),$=Math.sin(N);_.x=U*$,_.y=m*I,_.z=U*z,h.push(_.x,_.y,_.z),f.push(0,I,0),b.x=z*.5+.5,b.y=$*.5*I+.5,d.push(b.x,b.y),p++}for(let O=0;O<s;O++){const W=T+O,N=D+O;y===!0?u.push(N,N+1,W):u.push(N+1,N,W),E+=3}c.addGroup(g,E,y===!0?1:2),g+=E}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new _d(e.radiusTop,e.radiusBottom,e.height,e.radialSegments,e.heightSegments,e.openEnded,e.thetaStart,e.thetaLength)}}class xd extends _d{constructor(e=1,t=1,i=32,s=1,r=!1,o=0,a=Math.PI*2){super(0,e,t,i,s,r,o,a),this.type="ConeGeometry",this.parameters={radius:e,height:t,radialSegments:i,heightSegments:s,openEnded:r,thetaStart:o,thetaLength:a}}static fromJSON(e){return new xd(e.radius,e.height,e.radialSegments,e.heightSegments,e.openEnded,e.thetaStart,e.thetaLength)}}class Qc extends Mn{constructor(e=1,t=1,i=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:s};const r=e/2,o=t/2,a=Math.floor(i),l=Math.floor(s),c=a+1,u=l+1,h=e/a,f=t/l,d=[],p=[],x=[],m=[];for(let g=0;g<u;g++){const v=g*f-o;for(let M=0;M<c;M++){const y=M*h-r;p.push(y,-v,0),x.push(0,0,1),m.push(M/a),m.push(1-g/l)}}for(let g=0;g<l;g++)for(let v=0;v<a;v++){const M=v+c*g,y=v+c*(g+1),T=v+1+c*(g+1),b=v+1+c*g;d.push(M,y,b),d.push(y,T,b)}this.setIndex(d),this.setAttribute("position",new en(p,3)),this.setAttribute("normal",new en(x,3)),this.setAttribute("uv",new en(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new Qc(e.width,e.height,e.widthSegments,e.heightSegments)}}class zb extends Mn{constructor(e=null){if(super(),this.type="WireframeGeometry",this.parameters={geometry:e},e!==null){const t=[],i=new Set,s=new V,r=new V;if(e.index!==null){const o=e.attributes.position,a=e.index;let l=e.groups;l.length===0&&(l=[{start:0,count:a.count,materialIndex:0}]);for(let c=0,u=l.length;c<u;++c){const h=l[c],f=h.start,d=h.count;for(let p=f,x=f+d;p<x;p+=3)for(let m=0;m<3;m++){const g=a.getX(p+m),v=a.getX(p+(m+1)%3);s.fromBufferAttribute(o,g),r.fromBufferAttribute(o,v),Mm(s,r,i)===!0&&(t.push(s.x,s.y,s.z),t.push(r.x,r.y,r.z))}}}else{const o=e.attributes.position;for(let a=0,l=o.count/3;a<l;a++)for(let c=0;c<3;c++){const u=3*a+c,h=3*a+(c+1)%3;s.fromBufferAttribute(o,u),r.fromBufferAttribute(o,h),Mm(s,r,i)===!0&&(t.push(s.x,s.y,s.z),t.push(r.x,r.y,r.z))}}this.setAttribute("position",new en(t,3))}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}}function Mm(n,e,t){const i=`${n.x},${n.y},${n.z}-${e.x},${e.y},${e.z}`,s=`${e.x},${e.y},${e.z}-${n.x},${n.y},${n.z}`;return t.has(i)===!0||t.has(s)===!0?!1:(t.add(i),t.add(s),!0)}function Jo(n){const e={};for(const t in n){e[t]={};for(const i in n[t]){const s=n[t][i];if(Em(s))s.isRenderTargetTexture?(tt("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=s.clone();else if(Array.isArray(s))if(Em(s[0])){const r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();e[t][i]=r}else e[t][i]=s.slice();else e[t][i]=s}}return e}function di(n){const e={};for(let t=0;t<n.length;t++){const i=Jo(n[t]);for(const s in i)e[s]=i[s]}return e}function Em(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function Hb(n){const e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function U0(n){const e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Dt.workingColorSpace}const vd={clone:Jo,merge:di};var Vb=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Gb=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`;class ps extends Bi{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Vb,this.fragmentShader=Gb,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Jo(e.uniforms),this.uniformsGroups=Hb(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){const t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(const s in this.uniforms){const o=this.uniforms[s].value;o&&o.isTexture?t.uniforms[s]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[s]={type:"m4",value:o.toArray()}:t.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;const i={};for(const s in this.extensions)this.extensions[s]===!0&&(i[s]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(const i in e.uniforms){const s=e.uniforms[i];switch(this.uniforms[i]={},s.type){case"t":this.uniforms[i].value=t[s.value]||null;break;case"c":this.uniforms[i].value=new rt().setHex(s.value);break;case"v2":this.uniforms[i].value=new at().fromArray(s.value);break;case"v3":this.uniforms[i].value=new V().fromArray(s.value);break;case"v4":this.uniforms[i].value=new Xt().fromArray(s.value);break;case"m3":this.uniforms[i].value=new yt().fromArray(s.value);break;case"m4":this.uniforms[i].value=new mt().fromArray(s.value);break;default:this.uniforms[i].value=s.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(const i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}}class Wb extends ps{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}}class xl extends Bi{constructor(e){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new rt(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new rt(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Pc,this.normalScale=new at(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new or,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.defines={STANDARD:""},this.color.copy(e.color),this.roughness=e.roughness,this.metalness=e.metalness,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.roughnessMap=e.roughnessMap,this.metalnessMap=e.metalnessMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.envMapIntensity=e.envMapIntensity,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}}class ms extends xl{constructor(e){super(),this.isMeshPhysicalMaterial=!0,this.defines={STANDARD:"",PHYSICAL:""},this.type="MeshPhysicalMaterial",this.anisotropyRotation=0,this.anisotropyMap=null,this.clearcoatMap=null,this.clearcoatRoughness=0,this.clearcoatRoughnessMap=null,this.clearcoatNormalScale=new at(1,1),this.clearcoatNormalMap=null,this.diffuseRoughnessMap=null,this.ior=1.5,Object.defineProperty(this,"reflectivity",{get:function(){return _t(2.5*(this.ior-1)/(this.ior+1),0,1)},set:function(t){this.ior=(1+.4*t)/(1-.4*t)}}),this.iridescenceMap=null,this.iridescenceIOR=1.3,this.iridescenceThicknessMinimum=100,this.iridescenceThicknessMaximum=400,this.iridescenceThicknessMap=null,this.sheenColor=new rt(0),this.sheenColorMap=null,this.sheenRoughness=1,this.sheenRoughnessMap=null,this.transmissionMap=null,this.thickness=0,this.thicknessMap=null,this.attenuationDistance=1/0,this.attenuationColor=new rt(1,1,1),this.specularIntensity=1,this.specularIntensityMap=null,this.specularColor=new rt(1,1,1),this.specularColorMap=null,this._anisotropy=0,this._clearcoat=0,this._diffuseRoughness=0,this._dispersion=0,this._iridescence=0,this._retroreflectivity=0,this._sheen=0,this._transmission=0,this.setValues(e)}get anisotropy(){return this._anisotropy}set anisotropy(e){this._anisotropy>0!=e>0&&this.version++,this._anisotropy=e}get clearcoat(){return this._clearcoat}set clearcoat(e){this._clearcoat>0!=e>0&&this.version++,this._clearcoat=e}get diffuseRoughness(){return this._diffuseRoughness}set diffuseRoughness(e){this._diffuseRoughness>0!=e>0&&this.version++,this._diffuseRoughness=e}get iridescence(){return this._iridescence}set iridescence(e){this._iridescence>0!=e>0&&this.version++,this._iridescence=e}get dispersion(){return this._dispersion}set dispersion(e){this._dispersion>0!=e>0&&this.version++,this._dispersion=e}get retroreflectivity(){return this._retroreflectivity}set retroreflectivity(e){this._retroreflectivity>0!=e>0&&this.version++,this._retroreflectivity=e}get sheen(){return this._sheen}set sheen(e){this._sheen>0!=e>0&&this.version++,this._sheen=e}get transmission(){return this._transmission}set transmission(e){this._transmission>0!=e>0&&this.version++,this._transmission=e}get iridescenceThicknessRange(){return Uo('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),[this.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum]}set iridescenceThicknessRange(e){Uo('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),this.iridescenceThicknessMinimum=e[0],this.iridescenceThicknessMaximum=e[1]}copy(e){return super.copy(e),this.defines={STANDARD:"",PHYSICAL:""},this.anisotropy=e.anisotropy,this.anisotropyRotation=e.anisotropyRotation,this.anisotropyMap=e.anisotropyMap,this.clearcoat=e.clearcoat,this.clearcoatMap=e.clearcoatMap,this.clearcoatRoughness=e.clearcoatRoughness,this.clearcoatRoughnessMap=e.clearcoatRoughnessMap,this.clearcoatNormalMap=e.clearcoatNormalMap,this.clearcoatNormalScale.copy(e.clearcoatNormalScale),this.diffuseRoughness=e.diffuseRoughness,this.diffuseRoughnessMap=e.diffuseRoughnessMap,this.dispersion=e.dispersion,this.ior=e.ior,this.iridescence=e.iridescence,this.iridescenceMap=e.iridescenceMap,this.iridescenceIOR=e.iridescenceIOR,this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum,this.iridescenceThicknessMap=e.iridescenceThicknessMap,this.retroreflectivity=e.retroreflectivity,this.sheen=e.sheen,this.sheenColor.copy(e.sheenColor),this.sheenColorMap=e.sheenColorMap,this.sheenRoughness=e.sheenRoughness,this.sheenRoughnessMap=e.sheenRoughnessMap,this.transmission=e.transmission,this.transmissionMap=e.transmissionMap,this.thickness=e.thickness,this.thicknessMap=e.thicknessMap,this.attenuationDistance=e.attenuationDistance,this.attenuationColor.copy(e.attenuationColor),this.specularIntensity=e.specularIntensity,this.specularIntensityMap=e.specularIntensityMap,this.specularColor.copy(e.specularColor),this.specularColorMap=e.specularColorMap,this}}class Xb extends Bi{constructor(e){super(),this.isMeshPhongMaterial=!0,this.type="MeshPhongMaterial",this.color=new rt(16777215),this.specular=new rt(1118481),this.shininess=30,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new rt(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Pc,this.normalScale=new at(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new or,this.combine=td,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.specular.copy(e.specular),this.shininess=e.shininess,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}}class qb extends Bi{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=BS,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}}class Yb extends Bi{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}}function wr(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function Oa(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}function $b(n){function e(s,r){return n[s]-n[r]}const t=n.length,i=new Array(t);for(let s=0;s!==t;++s)i[s]=s;return i.sort(e),i}function wm(n,e,t){const i=n.length,s=new n.constructor(i);for(let r=0,o=0;o!==i;++r){const a=t[r]*e;for(let l=0;l!==e;++l)s[o++]=n[a+l]}return s}function Kb(n,e,t,i){let s=1,r=n[0];for(;r!==void 0&&r[i]===void 0;)r=n[s++];if(r===void 0)return;let o=r[i];if(o!==void 0)if(Array.isArray(o))do o=r[i],o!==void 0&&(e.push(r.time),t.push(...o)),r=n[s++];while(r!==void 0);else if(o.toArray!==void 0)do o=r[i],o!==void 0&&(e.push(r.time),o.toArray(t,t.length)),r=n[s++];while(r!==void 0);else do o=r[i],o!==void 0&&(e.push(r.time),t.push(o)),r=n[s++];while(r!==void 0)}class sa{constructor(e,t,i,s){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){const t=this.parameterPositions;let i=this._cachedIndex,s=t[i],r=t[i-1];e:{t:{let o;n:{i:if(!(e<s)){for(let a=i+2;;){if(s===void 0){if(e<r)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===a)break;if(r=s,s=t[++i],e<s)break t}o=t.length;break n}if(!(e>=r)){const a=t[1];e<a&&(i=2,r=a);for(let l=i-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(s=r,r=t[--i-1],e>=r)break t}o=i,i=0;break n}break e}for(;i<o;){const a=i+o>>>1;e<t[a]?o=a:i=a+1}if(s=t[i],r=t[i-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,r,s)}return this.interpolate_(i,r,e,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){const t=this.resultBuffer,i=this.sampleValues,s=this.valueSize,r=e*s;for(let o=0;o!==s;++o)t[o]=i[r+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}}class jb extends sa{constructor(e,t,i,s){super(e,t,i,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Vp,endingEnd:Vp}}intervalChanged_(e,t,i){const s=this.parameterPositions;let r=e-2,o=e+1,a=s[r],l=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case Gp:r=e,a=2*t-i;break;case Wp:r=s.length-2,a=t+s[r]-s[r+1];break;default:r=e,a=i}if(l===void 0)switch(this.getSettings_().endingEnd){case Gp:o=e,l=2*i-t;break;case Wp:o=1,l=i+s[1]-s[0];break;default:o=e-1,l=t}const c=(i-t)*.5,u=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-i),this._offsetPrev=r*u,this._offsetNext=o*u}interpolate_(e,t,i,s){const r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this._offsetPrev,h=this._offsetNext,f=this._weightPrev,d=this._weightNext,p=(i-t)/(s-t),x=p*p,m=x*p,g=-f*m+2*f*x-f*p,v=(1+f)*m+(-1.5-2*f)*x+(-.5+f)*p+1,M=(-1-d)*m+(1.5+d)*x+.5*p,y=d*m-d*x;for(let T=0;T!==a;++T)r[T]=g*o[u+T]+v*o[c+T]+M*o[l+T]+y*o[h+T];return r}}class Jb extends sa{constructor(e,t,i,s){super(e,t,i,s)}interpolate_(e,t,i,s){const r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=(i-t)/(s-t),h=1-u;for(let f=0;f!==a;++f)r[f]=o[c+f]*h+o[l+f]*u;return r}}class Zb extends sa{constructor(e,t,i,s){super(e,t,i,s)}interpolate_(e){return this.copySampleValue_(e-1)}}class Qb extends sa{interpolate_(e,t,i,s){const r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this.inTangents,h=this.outTangents;if(!u||!h){const p=(i-t)/(s-t),x=1-p;for(let m=0;m!==a;++m)r[m]=o[c+m]*x+o[l+m]*p;return r}const f=a*2,d=e-1;for(let p=0;p!==a;++p){const x=o[c+p],m=o[l+p],g=d*f+p*2,v=h[g],M=h[g+1],y=e*f+p*2,T=u[y],b=u[y+1],_=tM(i,t,v,T,s);r[p]=O0(_,x,M,b,m)}return r}}function O0(n,e,t,i,s){const r=1-n;return r*r*r*e+3*r*r*n*t+3*r*n*n*i+n*n*n*s}function eM(n,e,t,i,s){const r=1-n;return 3*r*r*(t-e)+6*r*n*(i-t)+3*n*n*(s-i)}function tM(n,e,t,i,s){let r=(n-e)/(s-e);for(let o=0;o<8;o++){const a=O0(r,e,t,i,s)-n;if(Math.abs(a)<1e-10)break;const l=eM(r,e,t,i,s);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}class gs{constructor(e,t,i,s){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=wr(t,this.TimeBufferType),this.values=wr(i,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(e){const t=e.constructor;let i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:wr(e.times,Array),values:wr(e.values,Array)};const s=e.getInterpolation();s!==e.DefaultInterpolation&&(i.interpolation=s),Oa(e.settings)&&(i.settings={inTangents:wr(e.settings.inTangents,Array),outTangents:wr(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new Zb(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Jb(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new jb(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){const t=new Qb(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case el:t=this.InterpolantFactoryMethodDiscrete;break;case tl:t=this.InterpolantFactoryMethodLinear;break;case Tu:t=this.InterpolantFactoryMethodSmooth;break;case Hp:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){const i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return tt("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return el;case this.InterpolantFactoryMethodLinear:return tl;case this.InterpolantFactoryMethodSmooth:return Tu;case this.InterpolantFactoryMethodBezier:return Hp}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){const t=this.times;for(let i=0,s=t.length;i!==s;++i)t[i]+=e;Oa(this.settings)&&(Tm(this.settings.inTangents,e),Tm(this.settings.outTangents,e))}return this}scale(e){if(e!==1){const t=this.times;for(let i=0,s=t.length;i!==s;++i)t[i]*=e;Oa(this.settings)&&(Am(this.settings.inTangents,e),Am(this.settings.outTangents,e))}return this}trim(e,t){const i=this.times,s=i.length;let r=0,o=s-1;for(;r!==s&&i[r]<e;)++r;for(;o!==-1&&i[o]>t;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);const a=this.getValueSize();this.times=i.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let e=!0;const t=this.getValueSize();t-Math.floor(t)!==0&&(ft("KeyframeTrack: Invalid value size in track.",this),e=!1);const i=this.times,s=this.values,r=i.length;r===0&&(ft("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==r;a++){const l=i[a];if(typeof l=="number"&&isNaN(l)){ft("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){ft("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(s!==void 0&&$S(s))for(let a=0,l=s.length;a!==l;++a){const c=s[a];if(isNaN(c)){ft("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){const e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),s=this.getInterpolation()===Tu,r=e.length-1;let o=1;for(let a=1;a<r;++a){let l=!1;const c=e[a],u=e[a+1];if(c!==u&&(a!==1||c!==e[0]))if(s)l=!0;else{const h=a*i,f=h-i,d=h+i;for(let p=0;p!==i;++p){const x=t[h+p];if(x!==t[f+p]||x!==t[d+p]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];const h=a*i,f=o*i;for(let d=0;d!==i;++d)t[f+d]=t[h+d]}++o}}if(r>0){e[o]=e[r];for(let a=r*i,l=o*i,c=0;c!==i;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*i)):(this.times=e,this.values=t),this}clone(){const e=this.times.slice(),t=this.values.slice(),i=this.constructor,s=new i(this.name,e,t);return s.createInterpolant=this.createInterpolant,Oa(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}}function Tm(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Am(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}gs.prototype.ValueTypeName="";gs.prototype.TimeBufferType=Float32Array;gs.prototype.ValueBufferType=Float32Array;gs.prototype.DefaultInterpolation=tl;class ra extends gs{constructor(e,t,i){super(e,t,i)}}ra.prototype.ValueTypeName="bool";ra.prototype.ValueBufferType=Array;ra.prototype.DefaultInterpolation=el;ra.prototype.InterpolantFactoryMethodLinear=void 0;ra.prototype.InterpolantFactoryMethodSmooth=void 0;class k0 extends gs{constructor(e,t,i,s){super(e,t,i,s)}}k0.prototype.ValueTypeName="color";class ol extends gs{constructor(e,t,i,s){super(e,t,i,s)}}ol.prototype.ValueTypeName="number";class nM extends sa{constructor(e,t,i,s){super(e,t,i,s)}interpolate_(e,t,i,s){const r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(i-t)/(s-t);let c=e*a;for(let u=c+a;c!==u;c+=4)Zi.slerpFlat(r,0,o,c-a,o,c,l);return r}}class al extends gs{constructor(e,t,i,s){super(e,t,i,s)}InterpolantFactoryMethodLinear(e){return new nM(this.times,this.values,this.getValueSize(),e)}}al.prototype.ValueTypeName="quaternion";al.prototype.InterpolantFactoryMethodSmooth=void 0;class oa extends gs{constructor(e,t,i){super(e,t,i)}}oa.prototype.ValueTypeName="string";oa.prototype.ValueBufferType=Array;oa.prototype.DefaultInterpolation=el;oa.prototype.InterpolantFactoryMethodLinear=void 0;oa.prototype.InterpolantFactoryMethodSmooth=void 0;class kc extends gs{constructor(e,t,i,s){super(e,t,i,s)}}kc.prototype.ValueTypeName="vector";class iM{constructor(e="",t=-1,i=[],s=OS){this.name=e,this.tracks=i,this.duration=t,this.blendMode=s,this.uuid=ks(),this.userData={},this.duration<0&&this.resetDuration()}static parse(e){const t=[],i=e.tracks,s=1/(e.fps||1);for(let o=0,a=i.length;o!==a;++o)t.push(rM(i[o]).scale(s));const r=new this(e.name,e.duration,t,e.blendMode);return r.uuid=e.uuid,r.userData=JSON.parse(e.userData||"{}"),r}static toJSON(e){const t=[],i=e.tracks,s={name:e.name,duration:e.duration,tracks:t,uuid:e.uuid,blendMode:e.blendMode,userData:JSON.stringify(e.userData)};for(let r=0,o=i.length;r!==o;++r)t.push(gs.toJSON(i[r]));return s}static CreateFromMorphTargetSequence(e,t,i,s){const r=t.length,o=[];for(let a=0;a<r;a++){let l=[],c=[];l.push((a+r-1)%r,a,(a+1)%r),c.push(0,1,0);const u=$b(l);l=wm(l,1,u),c=wm(c,1,u),!s&&l[0]===0&&(l.push(r),c.push(c[0])),o.push(new ol(".morphTargetInfluences["+t[a].name+"]",l,c).scale(1/i))}return new this(e,-1,o)}static findByName(e,t){let i=e;if(!Array.isArray(e)){const s=e;i=s.geometry&&s.geometry.animations||s.animations}for(let s=0;s<i.length;s++)if(i[s].name===t)return i[s];return null}static CreateClipsFromMorphTargetSequences(e,t,i){const s={},r=/^([\w-]*?)([\d]+)$/;for(let a=0,l=e.length;a<l;a++){const c=e[a],u=c.name.match(r);if(u&&u.length>1){const h=u[1];let f=s[h];f||(s[h]=f=[]),f.push(c)}}const o=[];for(const a in s)o.push(this.CreateFromMorphTargetSequence(a,s[a],t,i));return o}resetDuration(){const e=this.tracks;let t=0;for(let i=0,s=e.length;i!==s;++i){const r=this.tracks[i];t=Math.max(t,r.times[r.times.length-1])}return this.duration=t,this}trim(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].trim(0,this.duration);return this}validate(){let e=!0;for(let t=0;t<this.tracks.length;t++)e=e&&this.tracks[t].validate();return e}optimize(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].optimize();return this}clone(){const e=[];for(let i=0;i<this.tracks.length;i++)e.push(this.tracks[i].clone());const t=new this.constructor(this.name,this.duration,e,this.blendMode);return t.userData=JSON.parse(JSON.stringify(this.userData)),t}toJSON(){return this.constructor.toJSON(this)}}function sM(n){switch(n.toLowerCase()){case"scalar":case"double":case"float":case"number":case"integer":return ol;case"vector":case"vector2":case"vector3":case"vector4":return kc;case"color":return k0;case"quaternion":return al;case"bool":case"boolean":return ra;case"string":return oa}throw new Error("THREE.KeyframeTrack: Unsupported typeName: "+n)}function rM(n){if(n.type===void 0)throw new Error("THREE.KeyframeTrack: track type undefined, can not parse");const e=sM(n.type);if(n.times===void 0){const i=[],s=[];Kb(n.keys,i,s,"value"),n.times=i,n.values=s}let t;return e.parse!==void 0?t=e.parse(n):t=new e(n.name,n.times,n.values,n.interpolation),Oa(n.settings)&&(t.settings={inTangents:wr(n.settings.inTangents,Float32Array),outTangents:wr(n.settings.outTangents,Float32Array)}),t}const tr={enabled:!1,files:{},add:function(n,e){this.enabled!==!1&&(Rm(n)||(this.files[n]=e))},get:function(n){if(this.enabled!==!1&&!Rm(n))return this.files[n]},remove:function(n){delete this.files[n]},clear:function(){this.files={}}};function Rm(n){try{const e=n.slice(n.indexOf(":")+1);return new URL(e).protocol==="blob:"}catch{return!1}}class oM{constructor(e,t,i){const s=this;let r=!1,o=0,a=0,l;const c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(u){a++,r===!1&&s.onStart!==void 0&&s.onStart(u,o,a),r=!0},this.itemEnd=function(u){o++,s.onProgress!==void 0&&s.onProgress(u,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(u){s.onError!==void 0&&s.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),l?l(u):u},this.setURLModifier=function(u){return l=u,this},this.addHandler=function(u,h){return c.push(u,h),this},this.removeHandler=function(u){const h=c.indexOf(u);return h!==-1&&c.splice(h,2),this},this.getHandler=function(u){for(let h=0,f=c.length;h<f;h+=2){const d=c[h],p=c[h+1];if(d.global&&(d.lastIndex=0),d.test(u))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}}const aM=new oM;class Ur{constructor(e){this.manager=e!==void 0?e:aM,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){const i=this;return new Promise(function(s,r){i.load(e,s,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}}Ur.DEFAULT_MATERIAL_NAME="__DEFAULT";const Ks={};class lM extends Error{constructor(e,t){super(e),this.response=t}}class eu extends Ur{constructor(e){super(e),this.mimeType="",this.responseType="",this._abortController=new AbortController}load(e,t,i,s){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);const r=tr.get(`file:${e}`);if(r!==void 0){this.manager.itemStart(e),setTimeout(()=>{t&&t(r),this.manager.itemEnd(e)},0);return}if(Ks[e]!==void 0){Ks[e].push({onLoad:t,onProgress:i,onError:s});return}Ks[e]=[],Ks[e].push({onLoad:t,onProgress:i,onError:s});const o=new Request(e,{headers:new Headers(this.requestHeader),credentials:this.withCredentials?"include":"same-origin",priority:this.priority,cache:this.cache,signal:typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal}),a=this.mimeType,l=this.responseType;fetch(o).then(c=>{if(c.status===200||c.status===0){if(c.status===0&&tt("FileLoader: HTTP Status 0 received."),typeof ReadableStream>"u"||c.body===void 0||c.body.getReader===void 0)return c;const u=Ks[e],h=c.body.getReader(),f=c.headers.get("X-File-Size")||c.headers.get("Content-Length"),d=f?parseInt(f):0,p=d!==0;let x=0;const m=new ReadableStream({start(g){v();function v(){h.read().then(({done:M,value:y})=>{if(M)g.close();else{x+=y.byteLength;const T=new ProgressEvent("progress",{lengthComputable:p,loaded:x,total:d});for(let b=0,_=u.length;b<_;b++){const E=u[b];E.onProgress&&E.onProgress(T)}g.enqueue(y),v()}},M=>{g.error(M)})}}});return new Response(m)}else throw new lM(`fetch for "${c.url}" responded with ${c.status}: ${c.statusText}`,c)}).then(c=>{switch(l){case"arraybuffer":return c.arrayBuffer();case"blob":return c.blob();case"document":return c.text().then(u=>new DOMParser().parseFromString(u,a));case"json":return c.json();default:if(a==="")return c.text();{const h=/charset="?([^;"\s]*)"?/i.exec(a),f=h&&h[1]?h[1].toLowerCase():void 0,d=new TextDecoder(f);return c.arrayBuffer().then(p=>d.decode(p))}}}).then(c=>{tr.add(`file:${e}`,c);const u=Ks[e];delete Ks[e];for(let h=0,f=u.length;h<f;h++){const d=u[h];d.onLoad&&d.onLoad(c)}}).catch(c=>{const u=Ks[e];if(u===void 0)throw this.manager.itemError(e),c;delete Ks[e];for(let h=0,f=u.length;h<f;h++){const d=u[h];d.onError&&d.onError(c)}this.manager.itemError(e)}).finally(()=>{this.manager.itemEnd(e)}),this.manager.itemStart(e)}setResponseType(e){return this.responseType=e,this}setMimeType(e){return this.mimeType=e,this}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}}const Mo=new WeakMap;class cM extends Ur{constructor(e){super(e)}load(e,t,i,s){this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);const r=this,o=tr.get(`image:${e}`);if(o!==void 0){if(o.complete===!0)r.manager.itemStart(e),setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);else{let h=Mo.get(o);h===void 0&&(h=[],Mo.set(o,h)),h.push({onLoad:t,onError:s})}return o}const a=il("img");function l(){u(),t&&t(this);const h=Mo.get(this)||[];for(let f=0;f<h.length;f++){const d=h[f];d.onLoad&&d.onLoad(this)}Mo.delete(this),r.manager.itemEnd(e)}function c(h){u(),s&&s(h),tr.remove(`image:${e}`);const f=Mo.get(this)||[];for(let d=0;d<f.length;d++){const p=f[d];p.onError&&p.onError(h)}Mo.delete(this),r.manager.itemError(e),r.manager.itemEnd(e)}function u(){a.removeEventListener("load",l,!1),a.removeEventListener("error",c,!1)}return a.addEventListener("load",l,!1),a.addEventListener("error",c,!1),e.slice(0,5)!=="data:"&&this.crossOrigin!==void 0&&(a.crossOrigin=this.crossOrigin),tr.add(`image:${e}`,a),r.manager.itemStart(e),a.fetchPriority=this.priority,a.src=e,a}}class uM extends Ur{constructor(e){super(e)}load(e,t,i,s){const r=new zn,o=new cM(this.manager);return o.setPriority(this.priority),o.setCache(this.cache),o.setCrossOrigin(this.crossOrigin),o.setPath(this.path),o.load(e,function(a){r.image=a,r.needsUpdate=!0,t!==void 0&&t(r)},i,s),r}}class tu extends gn{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new rt(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){const t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}}const Ju=new mt,Cm=new V,Dm=new V;class yd{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new at(512,512),this.mapType=Ui,this.map=null,this.mapPass=null,this.matrix=new mt,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new rl,this._frameExtents=new at(1,1),this._viewportCount=1,this._viewports=[new Xt(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){const t=this.camera;Cm.setFromMatrixPosition(e.matrixWorld),t.position.copy(Cm),Dm.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(Dm),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,s){Ju.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(Ju,e.coordinateSystem,e.reversedDepth);const r=this._frameExtents,o=s?s.z/r.x:1,a=s?s.w/r.y:1,l=s?s.x/r.x:0,c=s?s.y/r.y:0;e.coordinateSystem===nl||e.reversedDepth?t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),t.multiply(Ju)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){const e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}}const Zl=new V,Ql=new Zi,Es=new V;class B0 extends gn{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new mt,this.projectionMatrix=new mt,this.projectionMatrixInverse=new mt,this.coordinateSystem=ds,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Zl,Ql,Es),Es.x===1&&Es.y===1&&Es.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Zl,Ql,Es.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(Zl,Ql,Es),Es.x===1&&Es.y===1&&Es.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Zl,Ql,Es.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}}const yr=new V,Lm=new at,Pm=new at;class xi extends B0{constructor(e=50,t=1,i=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=s,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){const t=.5*this.getFilmHeight()/e;this.fov=Ko*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){const e=Math.tan(Wa*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return Ko*2*Math.atan(Math.tan(Wa*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){yr.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(yr.x,yr.y).multiplyScalar(-e/yr.z),yr.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(yr.x,yr.y).multiplyScalar(-e/yr.z)}getViewSize(e,t){return this.getViewBounds(e,Lm,Pm),t.subVectors(Pm,Lm)}setViewOffset(e,t,i,s,r,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){const e=this.near;let t=e*Math.tan(Wa*.5*this.fov)/this.zoom,i=2*t,s=this.aspect*i,r=-.5*s;const o=this.view;if(this.view!==null&&this.view.enabled){const l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*s/l,t-=o.offsetY*i/c,s*=o.width/l,i*=o.height/c}const a=this.filmOffset;a!==0&&(r+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){const t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}}class hM extends yd{constructor(){super(new xi(50,1,.5,500)),this.isSpotLightShadow=!0,this.focus=1,this.aspect=1}updateMatrices(e){const t=this.camera,i=Ko*2*e.angle*this.focus,s=this.mapSize.width/this.mapSize.height*this.aspect,r=e.distance||t.far;(i!==t.fov||s!==t.aspect||r!==t.far)&&(t.fov=i,t.aspect=s,t.far=r,t.updateProjectionMatrix()),super.updateMatrices(e)}copy(e){return super.copy(e),this.focus=e.focus,this.aspect=e.aspect,this}toJSON(){const e=super.toJSON();return e.focus=this.focus,e.aspect=this.aspect,e}}class fM extends tu{constructor(e,t,i=0,s=Math.PI/3,r=0,o=2){super(e,t),this.isSpotLight=!0,this.type="SpotLight",this.position.copy(gn.DEFAULT_UP),this.updateMatrix(),this.target=new gn,this.distance=i,this.angle=s,this.penumbra=r,this.decay=o,this.map=null,this.shadow=new hM}get power(){return this.intensity*Math.PI}set power(e){this.intensity=e/Math.PI}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.angle=e.angle,this.penumbra=e.penumbra,this.decay=e.decay,this.target=e.target.clone(),this.map=e.map,this.shadow=e.shadow.clone(),this}toJSON(e){const t=super.toJSON(e);return t.object.distance=this.distance,t.object.angle=this.angle,t.object.decay=this.decay,t.object.penumbra=this.penumbra,t.object.target=this.target.uuid,this.map&&this.map.isTexture&&(t.object.map=this.map.toJSON(e).uuid),t.object.shadow=this.shadow.toJSON(),t}}class dM extends yd{constructor(){super(new xi(90,1,.5,500)),this.isPointLightShadow=!0}}class pM extends tu{constructor(e,t,i=0,s=2){super(e,t),this.isPointLight=!0,this.type="PointLight",this.distance=i,this.decay=s,this.shadow=new dM}get power(){return this.intensity*4*Math.PI}set power(e){this.intensity=e/(4*Math.PI)}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.decay=e.decay,this.shadow=e.shadow.clone(),this}toJSON(e){const t=super.toJSON(e);return t.object.distance=this.distance,t.object.decay=this.decay,t.object.shadow=this.shadow.toJSON(),t}}class nu extends B0{constructor(e=-1,t=1,i=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){const e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,s=(this.top+this.bottom)/2;let r=i-e,o=i+e,a=s+t,l=s-t;if(this.view!==null&&this.view.enabled){const c=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=u*this.view.offsetY,l=a-u*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){const t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}}class mM extends yd{constructor(){super(new nu(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}}class z0 extends tu{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(gn.DEFAULT_UP),this.updateMatrix(),this.target=new gn,this.shadow=new mM}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){const t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}}class gM extends tu{constructor(e,t){super(e,t),this.isAmbientLight=!0,this.type="AmbientLight"}}class $a{static extractUrlBase(e){const t=e.lastIndexOf("/");return t===-1?"./":e.slice(0,t+1)}static resolveURL(e,t){return typeof e!="string"||e===""?"":(/^https?:\/\//i.test(t)&&/^\//.test(e)&&(t=t.replace(/(^https?:\/\/[^\/]+).*/i,"$1")),/^(https?:)?\/\//i.test(e)||/^data:.*,.*$/i.test(e)||/^blob:.*$/i.test(e)?e:t+e)}}class _M extends Mn{constructor(){super(),this.isInstancedBufferGeometry=!0,this.type="InstancedBufferGeometry",this.instanceCount=1/0}copy(e){return super.copy(e),this.instanceCount=e.instanceCount,this}toJSON(){const e=super.toJSON();return e.instanceCount=this.instanceCount,e.isInstancedBufferGeometry=!0,e}}const Zu=new WeakMap;class xM extends Ur{constructor(e){super(e),this.isImageBitmapLoader=!0,typeof createImageBitmap>"u"&&tt("ImageBitmapLoader: createImageBitmap() not supported."),typeof fetch>"u"&&tt("ImageBitmapLoader: fetch() not supported."),this.options={premultiplyAlpha:"none"},this._abortController=new AbortController}setOptions(e){return this.options=e,this}load(e,t,i,s){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);const r=this,o=tr.get(`image-bitmap:${e}`);if(o!==void 0){if(r.manager.itemStart(e),o.then){o.then(c=>{Zu.has(o)===!0?(s&&s(Zu.get(o)),r.manager.itemError(e),r.manager.itemEnd(e)):(t&&t(c),r.manager.itemEnd(e))});return}setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);return}const a={};a.credentials=this.withCredentials||this.crossOrigin!=="anonymous"?"include":"same-origin",a.headers=this.requestHeader,a.priority=this.priority,a.cache=this.cache,a.signal=typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal;const l=fetch(e,a).then(function(c){return c.blob()}).then(function(c){return createImageBitmap(c,Object.assign({},r.options,{colorSpaceConversion:"none"}))}).then(function(c){return tr.add(`image-bitmap:${e}`,c),t&&t(c),r.manager.itemEnd(e),c}).catch(function(c){s&&s(c),Zu.set(l,c),tr.remove(`image-bitmap:${e}`),r.manager.itemError(e),r.manager.itemEnd(e)});tr.add(`image-bitmap:${e}`,l),r.manager.itemStart(e)}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}}const Eo=-90,wo=1;class Df extends gn{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;const s=new xi(Eo,wo,e,t);s.layers=this.layers,this.add(s);const r=new xi(Eo,wo,e,t);r.layers=this.layers,this.add(r);const o=new xi(Eo,wo,e,t);o.layers=this.layers,this.add(o);const a=new xi(Eo,wo,e,t);a.layers=this.layers,this.add(a);const l=new xi(Eo,wo,e,t);l.layers=this.layers,this.add(l);const c=new xi(Eo,wo,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){const e=this.coordinateSystem,t=this.children.concat(),[i,s,r,o,a,l]=t;for(const c of t)this.remove(c);if(e===ds)i.up.set(0,1,0),i.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===nl)i.up.set(0,-1,0),i.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(const c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();const{renderTarget:i,activeMipmapLevel:s}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());const[r,o,a,l,c,u]=this.children,h=e.getRenderTarget(),f=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;const x=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let m=!1;e.isWebGLRenderer===!0?m=e.state.buffers.depth.getReversed():m=e.reversedDepthBuffer,e.setRenderTarget(i,0,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(i,1,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,2,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,3,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=x,e.setRenderTarget(i,5,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,f,d),e.xr.enabled=p,i.texture.needsPMREMUpdate=!0}}class vM extends xi{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}}const Sd="\\[\\]\\.:\\/",yM=new RegExp("["+Sd+"]","g"),bd="[^"+Sd+"]",SM="[^"+Sd.replace("\\.","")+"]",bM=/((?:WC+[\/:])*)/.source.replace("WC",bd),MM=/(WCOD+)?/.source.replace("WCOD",SM),EM=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",bd),wM=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",bd),TM=new RegExp("^"+bM+MM+EM+wM+"$"),AM=["material","materials","bones","map"];class RM{constructor(e,t,i){const s=i||Jt.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,s)}getValue(e,t){this.bind();const i=this._targetGroup.nCachedObjects_,s=this._bindings[i];s!==void 0&&s.getValue(e,t)}setValue(e,t){const i=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=i.length;s!==r;++s)i[s].setValue(e,t)}bind(){const e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){const e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}}class Jt{constructor(e,t,i){this.path=t,this.parsedPath=i||Jt.parseTrackName(t),this.node=Jt.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new Jt.Composite(e,t,i):new Jt(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(yM,"")}static parseTrackName(e){const t=TM.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);const i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},s=i.nodeName&&i.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){const r=i.nodeName.substring(s+1);AM.indexOf(r)!==-1&&(i.nodeName=i.nodeName.substring(0,s),i.objectName=r)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){const i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){const i=function(r){for(let o=0;o<r.length;o++){const a=r[o];if(a.name===t||a.uuid===t)return a;const l=i(a.children);if(l)return l}return null},s=i(e.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){const i=this.resolvedProperty;for(let s=0,r=i.length;s!==r;++s)e[t++]=i[s]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){const i=this.resolvedProperty;for(let s=0,r=i.length;s!==r;++s)i[s]=e[t++]}_setValue_array_setNeedsUpdate(e,t){const i=this.resolvedProperty;for(let s=0,r=i.length;s!==r;++s)i[s]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){const i=this.resolvedProperty;for(let s=0,r=i.length;s!==r;++s)i[s]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node;const t=this.parsedPath,i=t.objectName,s=t.propertyName;let r=t.propertyIndex;if(e||(e=Jt.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){tt("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){ft("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){ft("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){ft("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===c){c=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){ft("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){ft("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){ft("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){ft("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}const o=e[s];if(o===void 0){const c=t.nodeName;ft("PropertyBinding: Trying to update property for track: "+c+"."+s+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!e.geometry){ft("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){ft("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}}Jt.Composite=RM;Jt.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};Jt.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};Jt.prototype.GetterByBindingType=[Jt.prototype._getValue_direct,Jt.prototype._getValue_array,Jt.prototype._getValue_arrayElement,Jt.prototype._getValue_toArray];Jt.prototype.SetterByBindingTypeAndVersioning=[[Jt.prototype._setValue_direct,Jt.prototype._setValue_direct_setNeedsUpdate,Jt.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[Jt.prototype._setValue_array,Jt.prototype._setValue_array_setNeedsUpdate,Jt.prototype._setValue_array_setMatrixWorldNeedsUpdate],[Jt.prototype._setValue_arrayElement,Jt.prototype._setValue_arrayElement_setNeedsUpdate,Jt.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[Jt.prototype._setValue_fromArray,Jt.prototype._setValue_fromArray_setNeedsUpdate,Jt.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];class Lf extends D0{constructor(e,t,i=1){super(e,t),this.isInstancedInterleavedBuffer=!0,this.meshPerAttribute=i}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}clone(e){const t=super.clone(e);return t.meshPerAttribute=this.meshPerAttribute,t}toJSON(e){const t=super.toJSON(e);return t.isInstancedInterleavedBuffer=!0,t.meshPerAttribute=this.meshPerAttribute,t}}const Im=new mt;class CM{constructor(e,t,i=0,s=1/0){this.ray=new ia(e,t),this.near=i,this.far=s,this.camera=null,this.layers=new dd,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):ft("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Im.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Im),this}intersectObject(e,t=!0,i=[]){return Pf(e,this,i,t),i.sort(Nm),i}intersectObjects(e,t=!0,i=[]){for(let s=0,r=e.length;s<r;s++)Pf(e[s],this,i,t);return i.sort(Nm),i}}function Nm(n,e){return n.distance-e.distance}function Pf(n,e,t,i){let s=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(s=!1),s===!0&&i===!0){const r=n.children;for(let o=0,a=r.length;o<a;o++)Pf(r[o],e,t,!0)}}class Fm{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=_t(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(_t(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}}const Um=new V,ec=new V,To=new V,Ao=new V,Qu=new V,DM=new V,LM=new V;class PM{constructor(e=new V,t=new V){this.start=e,this.end=t}set(e,t){return this.start.copy(e),this.end.copy(t),this}copy(e){return this.start.copy(e.start),this.end.copy(e.end),this}getCenter(e){return e.addVectors(this.start,this.end).multiplyScalar(.5)}delta(e){return e.subVectors(this.end,this.start)}distanceSq(){return this.start.distanceToSquared(this.end)}distance(){return this.start.distanceTo(this.end)}at(e,t){return this.delta(t).multiplyScalar(e).add(this.start)}closestPointToPointParameter(e,t){Um.subVectors(e,this.start),ec.subVectors(this.end,this.start);const i=ec.dot(ec);if(i===0)return 0;let r=ec.dot(Um)/i;return t&&(r=_t(r,0,1)),r}closestPointToPoint(e,t,i){const s=this.closestPointToPointParameter(e,t);return this.delta(i).multiplyScalar(s).add(this.start)}distanceSqToLine3(e,t=DM,i=LM){const s=10000000000000001e-32;let r,o;const a=this.start,l=e.start,c=this.end,u=e.end;To.subVectors(c,a),Ao.subVectors(u,l),Qu.subVectors(a,l);const h=To.dot(To),f=Ao.dot(Ao),d=Ao.dot(Qu);if(h<=s&&f<=s)return t.copy(a),i.copy(l),t.distanceToSquared(i);if(h<=s)r=0,o=d/f,o=_t(o,0,1);else{const p=To.dot(Qu);if(f<=s)o=0,r=_t(-p/h,0,1);else{const x=To.dot(Ao),m=h*f-x*x;m!==0?r=_t((x*d-p*f)/m,0,1):r=0,o=(x*r+d)/f,o<0?(o=0,r=_t(-p/h,0,1)):o>1&&(o=1,r=_t((x-p)/h,0,1))}}return t.copy(a).addScaledVector(To,r),i.copy(l).addScaledVector(Ao,o),t.distanceToSquared(i)}applyMatrix4(e){return this.start.applyMatrix4(e),this.end.applyMatrix4(e),this}equals(e){return e.start.equals(this.start)&&e.end.equals(this.end)}clone(){return new this.constructor().copy(this)}}class IM extends Fr{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}}function Om(n,e,t,i){const s=NM(i);switch(t){case _0:return n*e;case rd:return n*e/s.components*s.byteLength;case od:return n*e/s.components*s.byteLength;case to:return n*e*2/s.components*s.byteLength;case ad:return n*e*2/s.components*s.byteLength;case x0:return n*e*3/s.components*s.byteLength;case Oi:return n*e*4/s.components*s.byteLength;case ld:return n*e*4/s.components*s.byteLength;case vc:case yc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Sc:case bc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Jh:case Qh:return Math.max(n,16)*Math.max(e,8)/4;case jh:case Zh:return Math.max(n,8)*Math.max(e,8)/2;case ef:case tf:case sf:case rf:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case nf:case Dc:case of:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case af:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case lf:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case cf:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case uf:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case hf:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case ff:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case df:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case pf:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case mf:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case gf:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case _f:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case xf:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case vf:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case yf:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case Sf:case bf:case Mf:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Ef:case wf:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Lc:case Tf:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function NM(n){switch(n){case Ui:case d0:return{byteLength:1,components:1};case Qa:case p0:case Os:return{byteLength:2,components:1};case id:case sd:return{byteLength:2,components:4};case Us:case nd:case Ji:return{byteLength:4,components:1};case m0:case g0:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:ed}}));typeof window<"u"&&(window.__THREE__?tt("WARNING: Multiple instances of Three.js being imported."):window.__THREE__=ed);function H0(){let n=null,e=!1,t=null,i=null;function s(r,o){i=n.requestAnimationFrame(s),t(r,o)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(s),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){n=r}}}function FM(n){const e=new WeakMap;function t(a,l){const c=a.array,u=a.usage,h=c.byteLength,f=n.createBuffer();n.bindBuffer(l,f),n.bufferData(l,c,u),a.onUploadCallback();let d;if(c instanceof Float32Array)d=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=n.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?d=n.HALF_FLOAT:d=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=n.SHORT;else if(c instanceof Uint32Array)d=n.UNSIGNED_INT;else if(c instanceof Int32Array)d=n.INT;else if(c instanceof Int8Array)d=n.BYTE;else if(c instanceof Uint8Array)d=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:f,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:h}}function i(a,l,c){const u=l.array,h=l.updateRanges;if(n.bindBuffer(c,a),h.length===0)n.bufferSubData(c,0,u);else{h.sort((d,p)=>d.start-p.start);let f=0;for(let d=1;d<h.length;d++){const p=h[f],x=h[d];x.start<=p.start+p.count+1?p.count=Math.max(p.count,x.start+x.count-p.start):(++f,h[f]=x)}h.length=f+1;for(let d=0,p=h.length;d<p;d++){const x=h[d];n.bufferSubData(c,x.start*u.BYTES_PER_ELEMENT,u,x.start,x.count)}l.clearUpdateRanges()}l.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);const l=e.get(a);l&&(n.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){const u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}const c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,a,l),c.version=a.version}}return{get:s,remove:r,update:o}}var UM=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,OM=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,kM=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,BM=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,zM=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,HM=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,VM=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,GM=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,WM=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,XM=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,qM=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,YM=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,$M=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,KM=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,jM=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,JM=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,ZM=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,QM=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,eE=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,tE=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,nE=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,iE=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,sE=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,rE=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,oE=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,aE=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,lE=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,cE=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,uE=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,hE="gl_FragColor = linearToOutputTexel( gl_FragColor );",fE=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,dE=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,pE=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,mE=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,gE=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,_E=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,xE=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,vE=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,yE=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,SE=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,bE=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,ME=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,EE=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,wE=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,TE=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,AE=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,RE=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,CE=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,DE=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,LE=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,PE=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,IE=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,NE=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,FE=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,UE=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,OE=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,kE=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,BE=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,zE=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,HE=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,VE=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,GE=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,WE=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,XE=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,qE=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,YE=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,$E=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,KE=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,jE=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,JE=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,ZE=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,QE=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,ew=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,tw=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,nw=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,iw=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,sw=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,rw=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,ow=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,aw=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,lw=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,cw=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,uw=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,hw=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,fw=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,dw=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,pw=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,mw=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,gw=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,_w=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,xw=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,vw=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,yw=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,Sw=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,bw=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,Mw=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,Ew=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,ww=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,Tw=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,Aw=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Rw=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,Cw=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,Dw=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,Lw=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Pw=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Iw=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,Nw=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`;const Fw=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,Uw=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Ow=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,kw=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Bw=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,zw=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Hw=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,Vw=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,Gw=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,Ww=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,Xw=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,qw=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Yw=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,$w=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,Kw=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,jw=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Jw=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Zw=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Qw=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,eT=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,tT=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,nT=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,iT=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,sT=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,rT=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,oT=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,aT=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,lT=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,cT=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,uT=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,hT=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,fT=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,dT=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,pT=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,At={alphahash_fragment:UM,alphahash_pars_fragment:OM,alphamap_fragment:kM,alphamap_pars_fragment:BM,alphatest_fragment:zM,alphatest_pars_fragment:HM,aomap_fragment:VM,aomap_pars_fragment:GM,batching_pars_vertex:WM,batching_vertex:XM,begin_vertex:qM,beginnormal_vertex:YM,bsdfs:$M,iridescence_fragment:KM,bumpmap_pars_fragment:jM,clipping_planes_fragment:JM,clipping_planes_pars_fragment:ZM,clipping_planes_pars_vertex:QM,clipping_planes_vertex:eE,color_fragment:tE,color_pars_fragment:nE,color_pars_vertex:iE,color_vertex:sE,common:rE,defaultnormal_vertex:oE,displacementmap_pars_vertex:aE,displacementmap_vertex:lE,emissivemap_fragment:cE,emissivemap_pars_fragment:uE,colorspace_fragment:hE,colorspace_pars_fragment:fE,envmap_fragment:dE,envmap_common_pars_fragment:pE,envmap_pars_fragment:mE,envmap_pars_vertex:gE,envmap_physical_pars_fragment:AE,envmap_vertex:_E,fog_vertex:xE,fog_pars_vertex:vE,fog_fragment:yE,fog_pars_fragment:SE,gradientmap_pars_fragment:bE,lightmap_pars_fragment:ME,lights_lambert_fragment:EE,lights_lambert_pars_fragment:wE,lights_pars_begin:TE,lights_toon_fragment:RE,lights_toon_pars_fragment:CE,lights_phong_fragment:DE,lights_phong_pars_fragment:LE,lights_physical_fragment:PE,lights_physical_pars_fragment:IE,lights_fragment_begin:NE,lights_fragment_maps:FE,lights_fragment_end:UE,lightprobes_pars_fragment:OE,logdepthbuf_fragment:kE,logdepthbuf_pars_fragment:BE,logdepthbuf_pars_vertex:zE,logdepthbuf_vertex:HE,map_fragment:VE,map_pars_fragment:GE,map_particle_fragment:WE,map_particle_pars_fragment:XE,metalnessmap_fragment:qE,metalnessmap_pars_fragment:YE,morphinstance_vertex:$E,morphcolor_vertex:KE,morphnormal_vertex:jE,morphtarget_pars_vertex:JE,morphtarget_vertex:ZE,normal_fragment_begin:QE,normal_fragment_maps:ew,normal_pars_fragment:tw,normal_pars_vertex:nw,normal_vertex:iw,normalmap_pars_fragment:sw,clearcoat_normal_fragment_begin:rw,clearcoat_normal_fragment_maps:ow,clearcoat_pars_fragment:aw,iridescence_pars_fragment:lw,opaque_fragment:cw,packing:uw,premultiplied_alpha_fragment:hw,project_vertex:fw,dithering_fragment:dw,dithering_pars_fragment:pw,roughnessmap_fragment:mw,roughnessmap_pars_fragment:gw,shadowmap_pars_fragment:_w,shadowmap_pars_vertex:xw,shadowmap_vertex:vw,shadowmask_pars_fragment:yw,skinbase_vertex:Sw,skinning_pars_vertex:bw,skinning_vertex:Mw,skinnormal_vertex:Ew,specularmap_fragment:ww,specularmap_pars_fragment:Tw,tonemapping_fragment:Aw,tonemapping_pars_fragment:Rw,transmission_fragment:Cw,transmission_pars_fragment:Dw,uv_pars_fragment:Lw,uv_pars_vertex:Pw,uv_vertex:Iw,worldpos_vertex:Nw,background_vert:Fw,background_frag:Uw,backgroundCube_vert:Ow,backgroundCube_frag:kw,cube_vert:Bw,cube_frag:zw,depth_vert:Hw,depth_frag:Vw,distance_vert:Gw,distance_frag:Ww,equirect_vert:Xw,equirect_frag:qw,linedashed_vert:Yw,linedashed_frag:$w,meshbasic_vert:Kw,meshbasic_frag:jw,meshlambert_vert:Jw,meshlambert_frag:Zw,meshmatcap_vert:Qw,meshmatcap_frag:eT,meshnormal_vert:tT,meshnormal_frag:nT,meshphong_vert:iT,meshphong_frag:sT,meshphysical_vert:rT,meshphysical_frag:oT,meshtoon_vert:aT,meshtoon_frag:lT,points_vert:cT,points_frag:uT,shadow_vert:hT,shadow_frag:fT,sprite_vert:dT,sprite_frag:pT},Oe={common:{diffuse:{value:new rt(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new yt},alphaMap:{value:null},alphaMapTransform:{value:new yt},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new yt}},envmap:{envMap:{value:null},envMapRotation:{value:new yt},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new yt}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new yt}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new yt},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new yt},normalScale:{value:new at(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new yt},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new yt}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new yt}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new yt}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new rt(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new rt(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new yt},alphaTest:{value:0},uvTransform:{value:new yt}},sprite:{diffuse:{value:new rt(16777215)},opacity:{value:1},center:{value:new at(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new yt},alphaMap:{value:null},alphaMapTransform:{value:new yt},alphaTest:{value:0}}},vi={basic:{uniforms:di([Oe.common,Oe.specularmap,Oe.envmap,Oe.aomap,Oe.lightmap,Oe.fog]),vertexShader:At.meshbasic_vert,fragmentShader:At.meshbasic_frag},lambert:{uniforms:di([Oe.common,Oe.specularmap,Oe.envmap,Oe.aomap,Oe.lightmap,Oe.emissivemap,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,Oe.fog,Oe.lights,{emissive:{value:new rt(0)},envMapIntensity:{value:1}}]),vertexShader:At.meshlambert_vert,fragmentShader:At.meshlambert_frag},phong:{uniforms:di([Oe.common,Oe.specularmap,Oe.envmap,Oe.aomap,Oe.lightmap,Oe.emissivemap,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,Oe.fog,Oe.lights,{emissive:{value:new rt(0)},specular:{value:new rt(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:At.meshphong_vert,fragmentShader:At.meshphong_frag},standard:{uniforms:di([Oe.common,Oe.envmap,Oe.aomap,Oe.lightmap,Oe.emissivemap,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,Oe.roughnessmap,Oe.metalnessmap,Oe.fog,Oe.lights,{emissive:{value:new rt(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:At.meshphysical_vert,fragmentShader:At.meshphysical_frag},toon:{uniforms:di([Oe.common,Oe.aomap,Oe.lightmap,Oe.emissivemap,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,Oe.gradientmap,Oe.fog,Oe.lights,{emissive:{value:new rt(0)}}]),vertexShader:At.meshtoon_vert,fragmentShader:At.meshtoon_frag},matcap:{uniforms:di([Oe.common,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,Oe.fog,{matcap:{value:null}}]),vertexShader:At.meshmatcap_vert,fragmentShader:At.meshmatcap_frag},points:{uniforms:di([Oe.points,Oe.fog]),vertexShader:At.points_vert,fragmentShader:At.points_frag},dashed:{uniforms:di([Oe.common,Oe.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:At.linedashed_vert,fragmentShader:At.linedashed_frag},depth:{uniforms:di([Oe.common,Oe.displacementmap]),vertexShader:At.depth_vert,fragmentShader:At.depth_frag},normal:{uniforms:di([Oe.common,Oe.bumpmap,Oe.normalmap,Oe.displacementmap,{opacity:{value:1}}]),vertexShader:At.meshnormal_vert,fragmentShader:At.meshnormal_frag},sprite:{uniforms:di([Oe.sprite,Oe.fog]),vertexShader:At.sprite_vert,fragmentShader:At.sprite_frag},background:{uniforms:{uvTransform:{value:new yt},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:At.background_vert,fragmentShader:At.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new yt}},vertexShader:At.backgroundCube_vert,fragmentShader:At.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:At.cube_vert,fragmentShader:At.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:At.equirect_vert,fragmentShader:At.equirect_frag},distance:{uniforms:di([Oe.common,Oe.displacementmap,{referencePosition:{value:new V},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:At.distance_vert,fragmentShader:At.distance_frag},shadow:{uniforms:di([Oe.lights,Oe.fog,{color:{value:new rt(0)},opacity:{value:1}}]),vertexShader:At.shadow_vert,fragmentShader:At.shadow_frag}};vi.physical={uniforms:di([vi.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new yt},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new yt},clearcoatNormalScale:{value:new at(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new yt},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new yt},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new yt},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new yt},sheen:{value:0},sheenColor:{value:new rt(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new yt},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new yt},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new yt},transmissionSamplerSize:{value:new at},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new yt},attenuationDistance:{value:0},attenuationColor:{value:new rt(0)},specularColor:{value:new rt(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new yt},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new yt},anisotropyVector:{value:new at},anisotropyMap:{value:null},anisotropyMapTransform:{value:new yt}}]),vertexShader:At.meshphysical_vert,fragmentShader:At.meshphysical_frag};const tc={r:0,b:0,g:0},mT=new mt,V0=new yt;V0.set(-1,0,0,0,1,0,0,0,1);function gT(n,e,t,i,s,r){const o=new rt(0);let a=s===!0?0:1,l,c,u=null,h=0,f=null;function d(v){let M=v.isScene===!0?v.background:null;if(M&&M.isTexture){const y=v.backgroundBlurriness>0;M=e.get(M,y)}return M}function p(v){let M=!1;const y=d(v);y===null?m(o,a):y&&y.isColor&&(m(y,1),M=!0);const T=n.xr.getEnvironmentBlendMode();T==="additive"?t.buffers.color.setClear(0,0,0,1,r):T==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(n.autoClear||M)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function x(v,M){const y=d(M);y&&y.isCubeTexture?(c===void 0&&(c=new ni(new _l(1,1,1),new ps({name:"BackgroundCubeMaterial",uniforms:Jo(vi.backgroundCube.uniforms),vertexShader:vi.backgroundCube.vertexShader,fragmentShader:vi.backgroundCube.fragmentShader,side:bi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(T,b,_){this.matrixWorld.copyPosition(_.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=y,c.material.uniforms.backgroundBlurriness.value=M.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=M.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(mT.makeRotationFromEuler(M.backgroundRotation)).transpose(),y.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(V0),c.material.toneMapped=Dt.getTransfer(y.colorSpace)!==jt,(u!==y||h!==y.version||f!==n.toneMapping)&&(c.material.needsUpdate=!0,u=y,h=y.version,f=n.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null)):y&&y.isTexture&&(l===void 0&&(l=new ni(new Qc(2,2),new ps({name:"BackgroundMaterial",uniforms:Jo(vi.background.uniforms),vertexShader:vi.background.vertexShader,fragmentShader:vi.background.fragmentShader,side:Pr,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=y,l.material.uniforms.backgroundIntensity.value=M.backgroundIntensity,l.material.toneMapped=Dt.getTransfer(y.colorSpace)!==jt,y.matrixAutoUpdate===!0&&y.updateMatrix(),l.material.uniforms.uvTransform.value.copy(y.matrix),(u!==y||h!==y.version||f!==n.toneMapping)&&(l.material.needsUpdate=!0,u=y,h=y.version,f=n.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null))}function m(v,M){v.getRGB(tc,U0(n)),t.buffers.color.setClear(tc.r,tc.g,tc.b,M,r)}function g(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(v,M=1){o.set(v),a=M,m(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(v){a=v,m(o,a)},render:p,addToRenderList:x,dispose:g}}function _T(n,e){const t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},s=f(null);let r=s,o=!1;function a(D,O,W,N,z){let $=!1;const H=h(D,N,W,O);r!==H&&(r=H,c(r.object)),$=d(D,N,W,z),$&&p(D,N,W,z),z!==null&&e.update(z,n.ELEMENT_ARRAY_BUFFER),($||o)&&(o=!1,y(D,O,W,N),z!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(z).buffer))}function l(){return n.createVertexArray()}function c(D){return n.bindVertexArray(D)}function u(D){return n.deleteVertexArray(D)}function h(D,O,W,N){const z=N.wireframe===!0;let $=i[O.id];$===void 0&&($={},i[O.id]=$);const H=D.isInstancedMesh===!0?D.id:0;let ue=$[H];ue===void 0&&(ue={},$[H]=ue);let J=ue[W.id];J===void 0&&(J={},ue[W.id]=J);let ee=J[z];return ee===void 0&&(ee=f(l()),J[z]=ee),ee}function f(D){const O=[],W=[],N=[];for(let z=0;z<t;z++)O[z]=0,W[z]=0,N[z]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:O,enabledAttributes:W,attributeDivisors:N,object:D,attributes:{},index:null}}function d(D,O,W,N){const z=r.attributes,$=O.attributes;let H=0;const ue=W.getAttributes();for(const J in ue)if(ue[J].location>=0){const re=z[J];let xe=$[J];if(xe===void 0&&(J==="instanceMatrix"&&D.instanceMatrix&&(xe=D.instanceMatrix),J==="instanceColor"&&D.instanceColor&&(xe=D.instanceColor)),re===void 0||re.attribute!==xe||xe&&re.data!==xe.data)return!0;H++}return r.attributesNum!==H||r.index!==N}function p(D,O,W,N){const z={},$=O.attributes;let H=0;const ue=W.getAttributes();for(const J in ue)if(ue[J].location>=0){let re=$[J];re===void 0&&(J==="instanceMatrix"&&D.instanceMatrix&&(re=D.instanceMatrix),J==="instanceColor"&&D.instanceColor&&(re=D.instanceColor));const xe={};xe.attribute=re,re&&re.data&&(xe.data=re.data),z[J]=xe,H++}r.attributes=z,r.attributesNum=H,r.index=N}function x(){const D=r.newAttributes;for(let O=0,W=D.length;O<W;O++)D[O]=0}function m(D){g(D,0)}function g(D,O){const W=r.newAttributes,N=r.enabledAttributes,z=r.attributeDivisors;W[D]=1,N[D]===0&&(n.enableVertexAttribArray(D),N[D]=1),z[D]!==O&&(n.vertexAttribDivisor(D,O),z[D]=O)}function v(){const D=r.newAttributes,O=r.enabledAttributes;for(let W=0,N=O.length;W<N;W++)O[W]!==D[W]&&(n.disableVertexAttribArray(W),O[W]=0)}function M(D,O,W,N,z,$,H){H===!0?n.vertexAttribIPointer(D,O,W,z,$):n.vertexAttribPointer(D,O,W,N,z,$)}function y(D,O,W,N){x();const z=N.attributes,$=W.getAttributes(),H=O.defaultAttributeValues;for(const ue in $){const J=$[ue];if(J.location>=0){let ee=z[ue];if(ee===void 0&&(ue==="instanceMatrix"&&D.instanceMatrix&&(ee=D.instanceMatrix),ue==="instanceColor"&&D.instanceColor&&(ee=D.instanceColor)),ee!==void 0){const re=ee.normalized,xe=ee.itemSize,_e=e.get(ee);if(_e===void 0)continue;const te=_e.buffer,Me=_e.type,Ae=_e.bytesPerElement,ge=Me===n.INT||Me===n.UNSIGNED_INT||ee.gpuType===nd;if(ee.isInterleavedBufferAttribute){const Pe=ee.data,Qe=Pe.isInterleavedBuffer===!0?Pe.stride:Pe.itemSize,dt=ee.offset;if(Pe.isInstancedInterleavedBuffer||Pe.isInstancedBufferAttribute){for(let Ke=0;Ke<J.locationSize;Ke++)g(J.location+Ke,Pe.meshPerAttribute);D.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=Pe.meshPerAttribute*Pe.count)}else for(let Ke=0;Ke<J.locationSize;Ke++)m(J.location+Ke);n.bindBuffer(n.ARRAY_BUFFER,te);for(let Ke=0;Ke<J.locationSize;Ke++)M(J.location+Ke,xe/J.locationSize,Me,re,Qe*Ae,(dt+xe/J.locationSize*Ke)*Ae,ge)}else{if(ee.isInstancedBufferAttribute){for(let Pe=0;Pe<J.locationSize;Pe++)g(J.location+Pe,ee.meshPerAttribute);D.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=ee.meshPerAttribute*ee.count)}else for(let Pe=0;Pe<J.locationSize;Pe++)m(J.location+Pe);n.bindBuffer(n.ARRAY_BUFFER,te);for(let Pe=0;Pe<J.locationSize;Pe++)M(J.location+Pe,xe/J.locationSize,Me,re,xe*Ae,xe/J.locationSize*Pe*Ae,ge)}}else if(H!==void 0){const re=H[ue];if(re!==void 0)switch(re.length){case 2:n.vertexAttrib2fv(J.location,re);break;case 3:n.vertexAttrib3fv(J.location,re);break;case 4:n.vertexAttrib4fv(J.location,re);break;default:n.vertexAttrib1fv(J.location,re)}}}}v()}function T(){U();for(const D in i){const O=i[D];for(const W in O){const N=O[W];for(const z in N){const $=N[z];for(const H in $)u($[H].object),delete $[H];delete N[z]}}delete i[D]}}function b(D){if(i[D.id]===void 0)return;const O=i[D.id];for(const W in O){const N=O[W];for(const z in N){const $=N[z];for(const H in $)u($[H].object),delete $[H];delete N[z]}}delete i[D.id]}function _(D){for(const O in i){const W=i[O];for(const N in W){const z=W[N];if(z[D.id]===void 0)continue;const $=z[D.id];for(const H in $)u($[H].object),delete $[H];delete z[D.id]}}}function E(D){for(const O in i){const W=i[O],N=D.isInstancedMesh===!0?D.id:0,z=W[N];if(z!==void 0){for(const $ in z){const H=z[$];for(const ue in H)u(H[ue].object),delete H[ue];delete z[$]}delete W[N],Object.keys(W).length===0&&delete i[O]}}}function U(){I(),o=!0,r!==s&&(r=s,c(r.object))}function I(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:U,resetDefaultState:I,dispose:T,releaseStatesOfGeometry:b,releaseStatesOfObject:E,releaseStatesOfProgram:_,initAttributes:x,enableAttribute:m,disableUnusedAttributes:v}}function xT(n,e,t){let i;function s(l){i=l}function r(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function o(l,c,u){u!==0&&(n.drawArraysInstanced(i,l,c,u),t.update(c,i,u))}function a(l,c,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,u);let f=0;for(let d=0;d<u;d++)f+=c[d];t.update(f,i,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function vT(n,e,t,i){let s;function r(){if(s!==void 0)return s;if(e.has("EXT_texture_filter_anisotropic")===!0){const _=e.get("EXT_texture_filter_anisotropic");s=n.getParameter(_.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(_){return!(_!==Oi&&i.convert(_)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(_){const E=_===Os&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(_!==Ui&&_!==Ji&&!E&&i.convert(_)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(_){if(_==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";_="mediump"}return _==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp";const u=l(c);u!==c&&(tt("WebGLRenderer:",c,"not supported, using",u,"instead."),c=u);const h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),f=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&tt("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&tt("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");const d=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),p=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),x=n.getParameter(n.MAX_TEXTURE_SIZE),m=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),g=n.getParameter(n.MAX_VERTEX_ATTRIBS),v=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),M=n.getParameter(n.MAX_VARYING_VECTORS),y=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),T=n.getParameter(n.MAX_SAMPLES),b=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:f,reversedDepthBuffer:h,maxTextures:d,maxVertexTextures:p,maxTextureSize:x,maxCubemapSize:m,maxAttributes:g,maxVertexUniforms:v,maxVaryings:M,maxFragmentUniforms:y,maxSamples:T,samples:b}}function yT(n){const e=this;let t=null,i=0,s=!1,r=!1;const o=new Zs,a=new yt,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(h,f){const d=h.length!==0||f||i!==0||s;return s=f,i=h.length,d},this.beginShadows=function(){r=!0,u(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(h,f){t=u(h,f,0)},this.setState=function(h,f,d){const p=h.clippingPlanes,x=h.clipIntersection,m=h.clipShadows,g=n.get(h);if(!s||p===null||p.length===0||r&&!m)r?u(null):c();else{const v=r?0:i,M=v*4;let y=g.clippingState||null;l.value=y,y=u(p,f,M,d);for(let T=0;T!==M;++T)y[T]=t[T];g.clippingState=y,this.numIntersection=x?this.numPlanes:0,this.numPlanes+=v}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function u(h,f,d,p){const x=h!==null?h.length:0;let m=null;if(x!==0){if(m=l.value,p!==!0||m===null){const g=d+x*4,v=f.matrixWorldInverse;a.getNormalMatrix(v),(m===null||m.length<g)&&(m=new Float32Array(g));for(let M=0,y=d;M!==x;++M,y+=4)o.copy(h[M]).applyMatrix4(v,a),o.normal.toArray(m,y),m[y+3]=o.constant}l.value=m,l.needsUpdate=!0}return e.numPlanes=x,e.numIntersection=0,m}}class Md extends Fs{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;const i={width:e,height:e,depth:1},s=[i,i,i,i,i,i];this.texture=new I0(s),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;const i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},s=new _l(5,5,5),r=new ps({name:"CubemapFromEquirect",uniforms:Jo(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:bi,blending:Fo});r.uniforms.tEquirect.value=t;const o=new ni(s,r),a=t.minFilter;return t.minFilter===Ls&&(t.minFilter=Kn),new Df(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,i=!0,s=!0){const r=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,i,s);e.setRenderTarget(r)}}const km=256,ST=3,bT=20,G0=256,W0=16,MT=3,ET=new V,wT=new rt;class Bc{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Df(1,10,null),this._boxMesh=new ni(new _l(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,s=100,r={}){const{size:o=256,position:a=ET}=r,l=this._renderer;this._setSize(o);const c=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);const h=l.autoClear,f=l.autoClearColor,d=l.autoClearDepth,p=l.autoClearStencil,x=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,x===null&&(e.background=l.getClearColor(wT));const m=new Df(i,s,u);return m.position.copy(a),m.update(l,e),l.autoClear=h,l.autoClearColor=f,l.autoClearDepth=d,l.autoClearStencil=p,e.background=x,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Hm(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=zm(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(km,w0(e))}_fromTexture(e,t){e.mapping===qo||e.mapping===Za?this._setSize(e.image.length===0?km:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);const i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){const e=this._cubeSize,t=Bm(e,!1,!1),i=Math.log2(e)-ST;for(let s=0;s<=i;s++)t.texture.mipmaps.push({width:e>>s,height:e>>s});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){const t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=Bm(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){const s=this._boxMesh,r=this._cubeCamera;s.material=i,r.renderTarget=e,r.activeMipmapLevel=t;const o=e.width>>t;e.viewport.set(0,0,o,o),r.update(this._renderer,s),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===qo||e.mapping===Za?(this._cubemapMaterial===null&&(this._cubemapMaterial=Hm()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=zm()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=TT(),this._integrationMaterial=AT());const t=this._cubeSize,i=e.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;const r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/W0);for(let o=0;o<=i;o++){const a=Bc.lodToRoughness(o,i);if(o>i-MT)r.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{const l=a>0?Math.log2(t)+.5*Math.log2(6/(G0*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=RT());const i=this._blurMaterial,s=i.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(e,0,i),s.envMap.value=e.texture,this._renderCube(r,0,i)}}function Bm(n,e,t){return new Md(n,{minFilter:Ls,generateMipmaps:e,type:Os,colorSpace:Mi,depthBuffer:t})}function vl(n,e,t){return new ps({name:n,uniforms:e,vertexShader:At.cube_vert,fragmentShader:t,side:bi,blending:Fo,depthTest:!1,depthWrite:!1})}function TT(){return vl("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${G0}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function AT(){return vl("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:W0}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function RT(){return vl("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${bT}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function zm(){return vl("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Hm(){return vl("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function CT(n){let e=new WeakMap,t=new WeakMap,i=null;function s(f,d=!1){return f==null?null:d?o(f):r(f)}function r(f){if(f&&f.isTexture){const d=f.mapping;if(d===Eu||d===wu)if(e.has(f)){const p=e.get(f).texture;return a(p,f.mapping)}else{const p=f.image;if(p&&p.height>0){const x=new Md(p.height);return x.fromEquirectangularTexture(n,f),e.set(f,x),f.addEventListener("dispose",c),a(x.texture,f.mapping)}else return null}}return f}function o(f){if(f&&f.isTexture&&f.isPMREMTexture!==!0){const d=f.mapping,p=d===Eu||d===wu,x=d===qo||d===Za;if(p||x){let m=t.get(f);const g=m!==void 0?m.texture.pmremVersion:0;if(f.isRenderTargetTexture&&f.pmremVersion!==g)return i===null&&(i=new Bc(n)),m=p?i.fromEquirectangular(f,m):i.fromCubemap(f,m),m.texture.pmremVersion=f.pmremVersion,t.set(f,m),m.texture;if(m!==void 0)return m.texture;{const v=f.image;return p&&v&&v.height>0||x&&v&&l(v)?(i===null&&(i=new Bc(n)),m=p?i.fromEquirectangular(f):i.fromCubemap(f),m.texture.pmremVersion=f.pmremVersion,t.set(f,m),f.addEventListener("dispose",u),m.texture):null}}}return f}function a(f,d){return d===Eu?f.mapping=qo:d===wu&&(f.mapping=Za),f}function l(f){let d=0;const p=6;for(let x=0;x<p;x++)f[x]!==void 0&&d++;return d===p}function c(f){const d=f.target;d.removeEventListener("dispose",c);const p=e.get(d);p!==void 0&&(e.delete(d),p.dispose())}function u(f){const d=f.target;d.removeEventListener("dispose",u);const p=t.get(d);p!==void 0&&(t.delete(d),p.dispose())}function h(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:s,dispose:h}}function DT(n){const e={};function t(i){if(e[i]!==void 0)return e[i];const s=n.getExtension(i);return e[i]=s,s}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){const s=t(i);return s===null&&Uo("WebGLRenderer: "+i+" extension not supported."),s}}}function LT(n,e,t,i){const s={},r=new WeakMap,o=new FinalizationRegistry(p=>delete s[p]);function a(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(const m in p.attributes)e.remove(p.attributes[m]);p.removeEventListener("dispose",a),delete s[p.id],o.unregister(p);const x=r.get(p);x&&(e.remove(x),r.delete(p)),i.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,x){return s[x.id]!==void 0||(x.addEventListener("dispose",a),s[x.id]=new WeakRef(x),o.register(x,x.id,x),t.memory.geometries++),x}function u(p){const x=p.attributes;for(const m in x)e.update(x[m],n.ARRAY_BUFFER)}function h(p){const x=p.index,m=p.attributes.position;let g=0;if(m===void 0)return;const v=x!==null?x.array.length:m.array.length/3-1,M=m.count>=65535?C0:R0,y=new M(Math.ceil(v/3)*6,1),T=y.array;if(x!==null){const _=x.array;g=x.version;for(let E=0,U=0;E<v;E+=3){const I=_[E+0],D=_[E+1],O=_[E+2];T[U++]=I,T[U++]=D,T[U++]=D,T[U++]=O,T[U++]=O,T[U++]=I}}else{g=m.version;for(let _=0,E=0;_<v;_+=3){const U=_+0,I=_+1,D=_+2;T[E++]=U,T[E++]=I,T[E++]=I,T[E++]=D,T[E++]=D,T[E++]=U}}y.version=g;const b=r.get(p);b&&e.remove(b),r.set(p,y)}function f(p){const x=r.get(p);if(x){const m=p.index;m!==null&&x.version<m.version&&h(p)}else h(p);return r.get(p)}function d(){for(const p in s){const x=s[p].deref();x!==void 0&&l(x)}}return{get:c,update:u,getWireframeAttribute:f,dispose:d}}function PT(n,e,t){let i;function s(h){i=h}let r,o;function a(h){r=h.type,o=h.bytesPerElement}function l(h,f){n.drawElements(i,f,r,h*o),t.update(f,i,1)}function c(h,f,d){d!==0&&(n.drawElementsInstanced(i,f,r,h*o,d),t.update(f,i,d))}function u(h,f,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,f,0,r,h,0,d);let x=0;for(let m=0;m<d;m++)x+=f[m];t.update(x,i,1)}this.setMode=s,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=u}function IT(n){const e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(r,o,a){switch(t.calls++,o){case n.TRIANGLES:t.triangles+=a*(r/3);break;case n.LINES:t.lines+=a*(r/2);break;case n.LINE_STRIP:t.lines+=a*(r-1);break;case n.LINE_LOOP:t.lines+=a*r;break;case n.POINTS:t.points+=a*r;break;default:ft("WebGLInfo: Unknown draw mode:",o);break}}function s(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:s,update:i}}function NT(n,e,t){const i=new WeakMap,s=new Xt;function r(o,a,l){const c=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0;let f=i.get(a);if(f===void 0||f.count!==h){let I=function(){E.dispose(),i.delete(a),a.removeEventListener("dispose",I)};var d=I;f!==void 0&&f.texture.dispose();const p=a.morphAttributes.position!==void 0,x=a.morphAttributes.normal!==void 0,m=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],v=a.morphAttributes.normal||[],M=a.morphAttributes.color||[];let y=0;p===!0&&(y=1),x===!0&&(y=2),m===!0&&(y=3);let T=a.attributes.position.count*y,b=1;T>e.maxTextureSize&&(b=Math.ceil(T/e.maxTextureSize),T=e.maxTextureSize);const _=new Float32Array(T*b*4*h),E=new T0(_,T,b,h);E.type=Ji,E.needsUpdate=!0;const U=y*4;for(let D=0;D<h;D++){const O=g[D],W=v[D],N=M[D],z=T*b*4*D;for(let $=0;$<O.count;$++){const H=$*U;p===!0&&(s.fromBufferAttribute(O,$),_[z+H+0]=s.x,_[z+H+1]=s.y,_[z+H+2]=s.z,_[z+H+3]=0),x===!0&&(s.fromBufferAttribute(W,$),_[z+H+4]=s.x,_[z+H+5]=s.y,_[z+H+6]=s.z,_[z+H+7]=0),m===!0&&(s.fromBufferAttribute(N,$),_[z+H+8]=s.x,_[z+H+9]=s.y,_[z+H+10]=s.z,_[z+H+11]=N.itemSize===4?s.w:1)}}f={count:h,texture:E,size:new at(T,b)},i.set(a,f),a.addEventListener("dispose",I)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",o.morphTexture,t);else{let p=0;for(let m=0;m<c.length;m++)p+=c[m];const x=a.morphTargetsRelative?1:1-p;l.getUniforms().setValue(n,"morphTargetBaseInfluence",x),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",f.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",f.size)}return{update:r}}function FT(n,e,t,i,s){let r=new WeakMap;function o(c){const u=s.render.frame,h=c.geometry,f=e.get(c,h);if(r.get(f)!==u&&(e.update(f),r.set(f,u)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==u&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),r.set(c,u))),c.isSkinnedMesh){const d=c.skeleton;r.get(d)!==u&&(d.update(),r.set(d,u))}return f}function a(){r=new WeakMap}function l(c){const u=c.target;u.removeEventListener("dispose",l),i.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}const UT={[s0]:"LINEAR_TONE_MAPPING",[r0]:"REINHARD_TONE_MAPPING",[o0]:"CINEON_TONE_MAPPING",[a0]:"ACES_FILMIC_TONE_MAPPING",[c0]:"AGX_TONE_MAPPING",[u0]:"NEUTRAL_TONE_MAPPING",[l0]:"CUSTOM_TONE_MAPPING"};function OT(n,e,t,i,s,r){const o=new Fs(e,t,{type:n,depthBuffer:s,stencilBuffer:r,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1});let a=null,l=null,c=null;const u=new Mn;u.setAttribute("position",new en([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new en([0,2,0,0,2,0],2));const h=new Wb({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),f=new ni(u,h),d=new nu(-1,1,1,-1,0,1);let p=null,x=null,m=!1,g,v=null,M=[],y=!1;this.setSize=function(T,b){o.setSize(T,b),a!==null&&a.setSize(T,b),l!==null&&l.setSize(T,b);for(let _=0;_<M.length;_++){const E=M[_];E.setSize&&E.setSize(T,b)}},this.setEffects=function(T){M=T,y=M.length>0&&M[0].isRenderPass===!0;const b=o.width,_=o.height;M.length>0&&a===null&&(a=new Fs(b,_,{type:Os,depthBuffer:!1,stencilBuffer:!1}),l=new Fs(b,_,{type:Os,depthBuffer:!1,stencilBuffer:!1}));const E=s===!0&&M.some(U=>U.needsDepthTexture===!0);E!==(o.depthTexture!==null)&&(E===!0&&c===null&&(c=new jo(b,_),r===!0&&(c.format=Cr,c.type=$o)),o.dispose(),o.depthTexture=E?c:null,o.resolveDepthBuffer=E,o.storeMultisampledDepthBuffer=E);for(let U=0;U<M.length;U++){const I=M[U];I.setSize&&I.setSize(b,_),E&&I.needsDepthTexture===!0&&I.setDepthTexture&&I.setDepthTexture(c)}},this.begin=function(T,b){if(m||T.toneMapping===sr&&M.length===0)return!1;if(v=b,b!==null){const _=b.width,E=b.height;(o.width!==_||o.height!==E)&&this.setSize(_,E)}return y===!1&&T.setRenderTarget(o),g=T.toneMapping,T.toneMapping=sr,!0},this.hasRenderPass=function(){return y},this.end=function(T,b){T.toneMapping=g,m=!0;let _=o,E=a;for(let U=0;U<M.length;U++){const I=M[U];I.enabled!==!1&&(I.render(T,E,_,b),I.needsSwap!==!1&&(_=E,E=E===a?l:a))}if(p!==T.outputColorSpace||x!==T.toneMapping){p=T.outputColorSpace,x=T.toneMapping,h.defines={},Dt.getTransfer(p)===jt&&(h.defines.SRGB_TRANSFER="");const U=UT[x];U&&(h.defines[U]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=_.texture,T.setRenderTarget(v),T.render(f,d),v=null,m=!1},this.isCompositing=function(){return m},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),u.dispose(),h.dispose()}}const X0=new zn,q0=new jo(1,1),Y0=new N0(1),$0=new T0,K0=new xb,j0=new I0,Vm=[],Gm=[],Wm=new Float32Array(16),Xm=new Float32Array(9),qm=new Float32Array(4);function aa(n,e,t){const i=n[0];if(i<=0||i>0)return n;const s=e*t;let r=Vm[s];if(r===void 0&&(r=new Float32Array(s),Vm[s]=r),e!==0){i.toArray(r,0);for(let o=1,a=0;o!==e;++o)a+=t,n[o].toArray(r,a)}return r}function Hn(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Vn(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function iu(n,e){let t=Gm[e];t===void 0&&(t=new Int32Array(e),Gm[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function kT(n,e){const t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function BT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Hn(t,e))return;n.uniform2fv(this.addr,e),Vn(t,e)}}function zT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Hn(t,e))return;n.uniform3fv(this.addr,e),Vn(t,e)}}function HT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Hn(t,e))return;n.uniform4fv(this.addr,e),Vn(t,e)}}function VT(n,e){const t=this.cache,i=e.elements;if(i===void 0){if(Hn(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Vn(t,e)}else{if(Hn(t,i))return;qm.set(i),n.uniformMatrix2fv(this.addr,!1,qm),Vn(t,i)}}function GT(n,e){const t=this.cache,i=e.elements;if(i===void 0){if(Hn(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Vn(t,e)}else{if(Hn(t,i))return;Xm.set(i),n.uniformMatrix3fv(this.addr,!1,Xm),Vn(t,i)}}function WT(n,e){const t=this.cache,i=e.elements;if(i===void 0){if(Hn(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Vn(t,e)}else{if(Hn(t,i))return;Wm.set(i),n.uniformMatrix4fv(this.addr,!1,Wm),Vn(t,i)}}function XT(n,e){const t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function qT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Hn(t,e))return;n.uniform2iv(this.addr,e),Vn(t,e)}}function YT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Hn(t,e))return;n.uniform3iv(this.addr,e),Vn(t,e)}}function $T(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Hn(t,e))return;n.uniform4iv(this.addr,e),Vn(t,e)}}function KT(n,e){const t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function jT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Hn(t,e))return;n.uniform2uiv(this.addr,e),Vn(t,e)}}function JT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Hn(t,e))return;n.uniform3uiv(this.addr,e),Vn(t,e)}}function ZT(n,e){const t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Hn(t,e))return;n.uniform4uiv(this.addr,e),Vn(t,e)}}function su(n){return n.version===0&&(n.compareFunction=b0,n.needsUpdate=!0),n}function QT(n,e,t){const i=this.cache,s=t.allocateTextureUnit();i[0]!==s&&(n.uniform1i(this.addr,s),i[0]=s);let r;this.type===n.SAMPLER_2D_SHADOW?r=su(q0):r=X0,t.setTexture2D(e||r,s)}function eA(n,e,t){const i=this.cache,s=t.allocateTextureUnit();i[0]!==s&&(n.uniform1i(this.addr,s),i[0]=s),t.setTexture3D(e||K0,s)}function tA(n,e,t){const i=this.cache,s=t.allocateTextureUnit();i[0]!==s&&(n.uniform1i(this.addr,s),i[0]=s);let r;this.type===n.SAMPLER_CUBE_SHADOW?r=su(Y0):r=j0,t.setTextureCube(e||r,s)}function nA(n,e,t){const i=this.cache,s=t.allocateTextureUnit();i[0]!==s&&(n.uniform1i(this.addr,s),i[0]=s),t.setTexture2DArray(e||$0,s)}function iA(n){switch(n){case 5126:return kT;case 35664:return BT;case 35665:return zT;case 35666:return HT;case 35674:return VT;case 35675:return GT;case 35676:return WT;case 5124:case 35670:return XT;case 35667:case 35671:return qT;case 35668:case 35672:return YT;case 35669:case 35673:return $T;case 5125:return KT;case 36294:return jT;case 36295:return JT;case 36296:return ZT;case 35678:case 36198:case 36298:case 36306:case 35682:return QT;case 35679:case 36299:case 36307:return eA;case 35680:case 36300:case 36308:case 36293:return tA;case 36289:case 36303:case 36311:case 36292:return nA}}function sA(n,e){n.uniform1fv(this.addr,e)}function rA(n,e){const t=aa(e,this.size,2);n.uniform2fv(this.addr,t)}function oA(n,e){const t=aa(e,this.size,3);n.uniform3fv(this.addr,t)}function aA(n,e){const t=aa(e,this.size,4);n.uniform4fv(this.addr,t)}function lA(n,e){const t=aa(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function cA(n,e){const t=aa(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function uA(n,e){const t=aa(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function hA(n,e){n.uniform1iv(this.addr,e)}function fA(n,e){n.uniform2iv(this.addr,e)}function dA(n,e){n.uniform3iv(this.addr,e)}function pA(n,e){n.uniform4iv(this.addr,e)}function mA(n,e){n.uniform1uiv(this.addr,e)}function gA(n,e){n.uniform2uiv(this.addr,e)}function _A(n,e){n.uniform3uiv(this.addr,e)}function xA(n,e){n.uniform4uiv(this.addr,e)}function vA(n,e,t){const i=this.cache,s=e.length,r=iu(t,s);Hn(i,r)||(n.uniform1iv(this.addr,r),Vn(i,r));let o;this.type===n.SAMPLER_2D_SHADOW?o=su(q0):o=X0;for(let a=0;a!==s;++a)t.setTexture2D(e[a]||o,r[a])}function yA(n,e,t){const i=this.cache,s=e.length,r=iu(t,s);Hn(i,r)||(n.uniform1iv(this.addr,r),Vn(i,r));for(let o=0;o!==s;++o)t.setTexture3D(e[o]||K0,r[o])}function SA(n,e,t){const i=this.cache,s=e.length,r=iu(t,s);Hn(i,r)||(n.uniform1iv(this.addr,r),Vn(i,r));let o;this.type===n.SAMPLER_CUBE_SHADOW?o=su(Y0):o=j0;for(let a=0;a!==s;++a)t.setTextureCube(e[a]||o,r[a])}function bA(n,e,t){const i=this.cache,s=e.length,r=iu(t,s);Hn(i,r)||(n.uniform1iv(this.addr,r),Vn(i,r));for(let o=0;o!==s;++o)t.setTexture2DArray(e[o]||$0,r[o])}function MA(n){switch(n){case 5126:return sA;case 35664:return rA;case 35665:return oA;case 35666:return aA;case 35674:return lA;case 35675:return cA;case 35676:return uA;case 5124:case 35670:return hA;case 35667:case 35671:return fA;case 35668:case 35672:return dA;case 35669:case 35673:return pA;case 5125:return mA;case 36294:return gA;case 36295:return _A;case 36296:return xA;case 35678:case 36198:case 36298:case 36306:case 35682:return vA;case 35679:case 36299:case 36307:return yA;case 35680:case 36300:case 36308:case 36293:return SA;case 36289:case 36303:case 36311:case 36292:return bA}}class EA{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=iA(t.type)}}class wA{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=MA(t.type)}}class TA{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){const s=this.seq;for(let r=0,o=s.length;r!==o;++r){const a=s[r];a.setValue(e,t[a.id],i)}}}const eh=/(\w+)(\])?(\[|\.)?/g;function Ym(n,e){n.seq.push(e),n.map[e.id]=e}function AA(n,e,t){const i=n.name,s=i.length;for(eh.lastIndex=0;;){const r=eh.exec(i),o=eh.lastIndex;let a=r[1];const l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===s){Ym(t,c===void 0?new EA(a,n,e):new wA(a,n,e));break}else{let h=t.map[a];h===void 0&&(h=new TA(a),Ym(t,h)),t=h}}}class Mc{constructor(e,t){this.seq=[],this.map={};const i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<i;++o){const a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);AA(a,l,this)}const s=[],r=[];for(const o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(e,t,i,s){const r=this.map[t];r!==void 0&&r.setValue(e,i,s)}setOptional(e,t,i){const s=t[i];s!==void 0&&this.setValue(e,i,s)}static upload(e,t,i,s){for(let r=0,o=t.length;r!==o;++r){const a=t[r],l=i[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,s)}}static seqWithValue(e,t){const i=[];for(let s=0,r=e.length;s!==r;++s){const o=e[s];o.id in t&&i.push(o)}return i}}function $m(n,e,t){const i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}const RA=37297;let CA=0;function DA(n,e){const t=n.split(`
`),i=[],s=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let o=s;o<r;o++){const a=o+1;i.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return i.join(`
`)}const Km=new yt;function LA(n){Dt._getMatrix(Km,Dt.workingColorSpace,n);const e=`mat3( ${Km.elements.map(t=>t.toFixed(4))} )`;switch(Dt.getTransfer(n)){case Ic:return[e,"LinearTransferOETF"];case jt:return[e,"sRGBTransferOETF"];default:return tt("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function jm(n,e,t){const i=n.getShaderParameter(e,n.COMPILE_STATUS),r=(n.getShaderInfoLog(e)||"").trim();if(i&&r==="")return"";const o=/ERROR: 0:(\d+)/.exec(r);if(o){const a=parseInt(o[1]);return t.toUpperCase()+`

`+r+`

`+DA(n.getShaderSource(e),a)}else return r}function PA(n,e){const t=LA(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}const IA={[s0]:"Linear",[r0]:"Reinhard",[o0]:"Cineon",[a0]:"ACESFilmic",[c0]:"AgX",[u0]:"Neutral",[l0]:"Custom"};function NA(n,e){const t=IA[e];return t===void 0?(tt("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}const nc=new V;function FA(){Dt.getLuminanceCoefficients(nc);const n=nc.x.toFixed(4),e=nc.y.toFixed(4),t=nc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function UA(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(ka).join(`
`)}function OA(n){const e=[];for(const t in n){const i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function kA(n,e){const t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let s=0;s<i;s++){const r=n.getActiveAttrib(e,s),o=r.name;let a=1;r.type===n.FLOAT_MAT2&&(a=2),r.type===n.FLOAT_MAT3&&(a=3),r.type===n.FLOAT_MAT4&&(a=4),t[o]={type:r.type,location:n.getAttribLocation(e,o),locationSize:a}}return t}function ka(n){return n!==""}function Jm(n,e){const t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function Zm(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}const BA=/^[ \t]*#include +<([\w\d./]+)>/gm;function If(n){return n.replace(BA,zA)}function zA(n,e){const t=At[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return If(t)}const HA=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Qm(n){return n.replace(HA,VA)}function VA(n,e,t,i){let s="";for(let r=parseInt(e);r<parseInt(t);r++)s+=i.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function eg(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}const GA={[_c]:"SHADOWMAP_TYPE_PCF",[Fa]:"SHADOWMAP_TYPE_VSM"};function WA(n){return GA[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}const XA={[Za]:"ENVMAP_MODE_REFRACTION"};function qA(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":XA[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}const YA={[td]:"ENVMAP_BLENDING_MULTIPLY",[NS]:"ENVMAP_BLENDING_MIX",[FS]:"ENVMAP_BLENDING_ADD"};function $A(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":YA[n.combine]||"ENVMAP_BLENDING_NONE"}function KA(n,e,t,i){const s=n.getContext(),r=t.defines;let o=t.vertexShader,a=t.fragmentShader;const l=WA(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=qA(t),h=$A(t),f=UA(t),d=OA(r),p=s.createProgram();let x,m,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(x=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(ka).join(`
`),x.length>0&&(x+=`
`),m=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(ka).join(`
`),m.length>0&&(m+=`
`)):(x=[eg(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(ka).join(`
`),m=[eg(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==sr?"#define TONE_MAPPING":"",t.toneMapping!==sr?At.tonemapping_pars_fragment:"",t.toneMapping!==sr?NA("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",At.colorspace_pars_fragment,PA("linearToOutputTexel",t.outputColorSpace),FA(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(ka).join(`
`)),o=If(o),o=Jm(o,t),o=Zm(o,t),a=If(a),a=Jm(a,t),a=Zm(a,t),o=Qm(o),a=Qm(a),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,x=[f,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+x,m=["#define varying in",t.glslVersion===Xp?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Xp?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+m);const v=g+x+o,M=g+m+a,y=$m(s,s.VERTEX_SHADER,v),T=$m(s,s.FRAGMENT_SHADER,M);s.attachShader(p,y),s.attachShader(p,T),t.index0AttributeName!==void 0?s.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&s.bindAttribLocation(p,0,"position"),s.linkProgram(p);function b(I){if(n.debug.checkShaderErrors){const D=s.getProgramInfoLog(p)||"",O=s.getShaderInfoLog(y)||"",W=s.getShaderInfoLog(T)||"",N=D.trim(),z=O.trim(),$=W.trim();let H=!0,ue=!0;if(s.getProgramParameter(p,s.LINK_STATUS)===!1)if(H=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(s,p,y,T);else{const J=jm(s,y,"vertex"),ee=jm(s,T,"fragment");ft("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(p,s.VALIDATE_STATUS)+`

Material Name: `+I.name+`
Material Type: `+I.type+`

Program Info Log: `+N+`
`+J+`
`+ee)}else N!==""?tt("WebGLProgram: Program Info Log:",N):(z===""||$==="")&&(ue=!1);ue&&(I.diagnostics={runnable:H,programLog:N,vertexShader:{log:z,prefix:x},fragmentShader:{log:$,prefix:m}})}s.deleteShader(y),s.deleteShader(T),_=new Mc(s,p),E=kA(s,p)}let _;this.getUniforms=function(){return _===void 0&&b(this),_};let E;this.getAttributes=function(){return E===void 0&&b(this),E};let U=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return U===!1&&(U=s.getProgramParameter(p,RA)),U},this.destroy=function(){i.releaseStatesOfProgram(this),s.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=CA++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=y,this.fragmentShader=T,this}let jA=0;class JA{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){const s=this._getShaderCacheForMaterial(e);return s.has(t)===!1&&(s.add(t),t.usedTimes++),s.has(i)===!1&&(s.add(i),i.usedTimes++),this}remove(e){const t=this.materialCache.get(e);for(const i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){const t=this.materialCache;let i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){const t=this.shaderCache;let i=t.get(e);return i===void 0&&(i=new ZA(e),t.set(e,i)),i}}class ZA{constructor(e){this.id=jA++,this.code=e,this.usedTimes=0}}function QA(n){return n===to||n===Dc||n===Lc}function e1(n,e,t,i,s,r){const o=new dd,a=new JA,l=new Set,c=[],u=new Map,h=i.logarithmicDepthBuffer,f={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(_){return l.add(_),_===0?"uv":`uv${_}`}function p(_,E,U,I,D,O){const W=I.fog,N=D.geometry,z=_.isMeshStandardMaterial||_.isMeshLambertMaterial||_.isMeshPhongMaterial?I.environment:null,$=_.isMeshStandardMaterial||_.isMeshLambertMaterial&&!_.envMap||_.isMeshPhongMaterial&&!_.envMap,H=e.get(_.envMap||z,$),ue=f[_.type];let J=i.precision;_.precision!==null&&(J=i.getMaxPrecision(_.precision),J!==_.precision&&tt("WebGLProgram.getParameters:",_.precision,"not supported, using",J,"instead."));const ee=N.morphAttributes.position||N.morphAttributes.normal||N.morphAttributes.color,re=ee!==void 0?ee.length:0;let xe=0;N.morphAttributes.position!==void 0&&(xe=1),N.morphAttributes.normal!==void 0&&(xe=2),N.morphAttributes.color!==void 0&&(xe=3);let _e,te,Me,Ae;if(ue){const Ie=vi[ue];_e=Ie.vertexShader,te=Ie.fragmentShader}else{_e=_.vertexShader,te=_.fragmentShader;const Ie=a.getVertexShaderStage(_),st=a.getFragmentShaderStage(_);a.update(_,Ie,st),Me=Ie.id,Ae=st.id}const ge=n.getRenderTarget(),Pe=n.state.buffers.depth.getReversed(),Qe=D.isInstancedMesh===!0,dt=D.isBatchedMesh===!0,Ke=!!_.map,bt=!!_.matcap,St=!!H,ut=St&&H.isPMREMTexture===!0,sn=!!_.aoMap,Kt=!!_.lightMap,xt=!!_.bumpMap&&_.wireframe===!1,Ut=!!_.normalMap,Mt=!!_.displacementMap,Ct=!!_.emissiveMap,qt=!!_.metalnessMap,Zt=!!_.roughnessMap,dn=_.anisotropy>0,k=_.clearcoat>0,Ne=_.diffuseRoughness>0,nt=_.dispersion>0,ht=_.retroreflectivity>0,Re=_.iridescence>0,Lt=_.sheen>0,ze=_.transmission>0,Ze=dn&&!!_.anisotropyMap,L=k&&!!_.clearcoatMap,w=k&&!!_.clearcoatNormalMap,Y=k&&!!_.clearcoatRoughnessMap,pe=Ne&&!!_.diffuseRoughnessMap,le=Re&&!!_.iridescenceMap,be=Re&&!!_.iridescenceThicknessMap,Ee=Lt&&!!_.sheenColorMap,se=Lt&&!!_.sheenRoughnessMap,oe=!!_.specularMap,ve=!!_.specularColorMap,B=!!_.specularIntensityMap,ae=ze&&!!_.transmissionMap,ie=ze&&!!_.thicknessMap,we=!!_.gradientMap,ye=!!_.alphaMap,Ce=_.alphaTest>0,je=!!_.alphaHash,ot=!!_.extensions;let de=sr;_.toneMapped&&(ge===null||ge.isXRRenderTarget===!0)&&(de=n.toneMapping);const Ge=ut?H.isCompressedCubeTexture?H.image[0].mipmaps:H.mipmaps:null,it={shaderID:ue,shaderType:_.type,shaderName:_.name,vertexShader:_e,fragmentShader:te,defines:_.defines,customVertexShaderID:Me,customFragmentShaderID:Ae,isRawShaderMaterial:_.isRawShaderMaterial===!0,glslVersion:_.glslVersion,precision:J,batching:dt,batchingColor:dt&&D._colorsTexture!==null,instancing:Qe,instancingColor:Qe&&D.instanceColor!==null,instancingMorph:Qe&&D.morphTexture!==null,outputColorSpace:ge===null?n.outputColorSpace:ge.isXRRenderTarget===!0?ge.texture.colorSpace:Dt.workingColorSpace,alphaToCoverage:!!_.alphaToCoverage,map:Ke,matcap:bt,envMap:St,envMapMode:St&&H.mapping,envMapPMREM:ut,envMapMaxLod:ut?Ge.length-1:null,envMapSize:ut?Ge[0].width:null,aoMap:sn,lightMap:Kt,bumpMap:xt,normalMap:Ut,displacementMap:Mt,emissiveMap:Ct,normalMapObjectSpace:Ut&&_.normalMapType===zS,normalMapTangentSpace:Ut&&_.normalMapType===Pc,packedNormalMap:Ut&&_.normalMapType===Pc&&QA(_.normalMap.format),metalnessMap:qt,roughnessMap:Zt,anisotropy:dn,anisotropyMap:Ze,clearcoat:k,clearcoatMap:L,clearcoatNormalMap:w,clearcoatRoughnessMap:Y,diffuseRoughness:Ne,diffuseRoughnessMap:pe,dispersion:nt,retroreflection:ht,iridescence:Re,iridescenceMap:le,iridescenceThicknessMap:be,sheen:Lt,sheenColorMap:Ee,sheenRoughnessMap:se,specularMap:oe,specularColorMap:ve,specularIntensityMap:B,transmission:ze,transmissionMap:ae,thicknessMap:ie,gradientMap:we,opaque:_.transparent===!1&&_.blending===Ga&&_.alphaToCoverage===!1,alphaMap:ye,alphaTest:Ce,alphaHash:je,combine:_.combine,mapUv:Ke&&d(_.map.channel),aoMapUv:sn&&d(_.aoMap.channel),lightMapUv:Kt&&d(_.lightMap.channel),bumpMapUv:xt&&d(_.bumpMap.channel),normalMapUv:Ut&&d(_.normalMap.channel),displacementMapUv:Mt&&d(_.displacementMap.channel),emissiveMapUv:Ct&&d(_.emissiveMap.channel),metalnessMapUv:qt&&d(_.metalnessMap.channel),roughnessMapUv:Zt&&d(_.roughnessMap.channel),anisotropyMapUv:Ze&&d(_.anisotropyMap.channel),clearcoatMapUv:L&&d(_.clearcoatMap.channel),clearcoatNormalMapUv:w&&d(_.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:Y&&d(_.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:pe&&d(_.diffuseRoughnessMap.channel),iridescenceMapUv:le&&d(_.iridescenceMap.channel),iridescenceThicknessMapUv:be&&d(_.iridescenceThicknessMap.channel),sheenColorMapUv:Ee&&d(_.sheenColorMap.channel),sheenRoughnessMapUv:se&&d(_.sheenRoughnessMap.channel),specularMapUv:oe&&d(_.specularMap.channel),specularColorMapUv:ve&&d(_.specularColorMap.channel),specularIntensityMapUv:B&&d(_.specularIntensityMap.channel),transmissionMapUv:ae&&d(_.transmissionMap.channel),thicknessMapUv:ie&&d(_.thicknessMap.channel),alphaMapUv:ye&&d(_.alphaMap.channel),vertexTangents:!!N.attributes.tangent&&(Ut||dn),vertexNormals:!!N.attributes.normal,vertexColors:_.vertexColors,vertexAlphas:_.vertexColors===!0&&!!N.attributes.color&&N.attributes.color.itemSize===4,pointsUvs:D.isPoints===!0&&!!N.attributes.uv&&(Ke||ye),fog:!!W,useFog:_.fog===!0,fogExp2:!!W&&W.isFogExp2,flatShading:_.wireframe===!1&&(_.flatShading===!0||N.attributes.normal===void 0&&Ut===!1&&(_.isMeshLambertMaterial||_.isMeshPhongMaterial||_.isMeshStandardMaterial||_.isMeshPhysicalMaterial)),sizeAttenuation:_.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:Pe,skinning:D.isSkinnedMesh===!0,hasPositionAttribute:N.attributes.position!==void 0,morphTargets:N.morphAttributes.position!==void 0,morphNormals:N.morphAttributes.normal!==void 0,morphColors:N.morphAttributes.color!==void 0,morphTargetsCount:re,morphTextureStride:xe,numSunLights:E.sun.length,numDirLights:E.directional.length,numPointLights:E.point.length,numSpotLights:E.spot.length,numSpotLightMaps:E.spotLightMap.length,numRectAreaLights:E.rectArea.length,numHemiLights:E.hemi.length,numSunLightShadows:E.sunShadowMap.length,numDirLightShadows:E.directionalShadowMap.length,numPointLightShadows:E.pointShadowMap.length,numSpotLightShadows:E.spotShadowMap.length,numSpotLightShadowsWithMaps:E.numSpotLightShadowsWithMaps,numLightProbes:E.numLightProbes,numLightProbeGrids:O.filter(Ie=>Ie.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:_.dithering,shadowMapEnabled:n.shadowMap.enabled&&U.length>0,shadowMapType:n.shadowMap.type,toneMapping:de,decodeVideoTexture:Ke&&_.map.isVideoTexture===!0&&Dt.getTransfer(_.map.colorSpace)===jt,decodeVideoTextureEmissive:Ct&&_.emissiveMap.isVideoTexture===!0&&Dt.getTransfer(_.emissiveMap.colorSpace)===jt,premultipliedAlpha:_.premultipliedAlpha,doubleSided:_.side===yi,flipSided:_.side===bi,useDepthPacking:_.depthPacking>=0,depthPacking:_.depthPacking||0,index0AttributeName:_.index0AttributeName,extensionClipCullDistance:ot&&_.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(ot&&_.extensions.multiDraw===!0||dt)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:_.customProgramCacheKey()};return it.vertexUv1s=l.has(1),it.vertexUv2s=l.has(2),it.vertexUv3s=l.has(3),l.clear(),it}function x(_){const E=[];if(_.shaderID?E.push(_.shaderID):(E.push(_.customVertexShaderID),E.push(_.customFragmentShaderID)),_.defines!==void 0)for(const U in _.defines)E.push(U),E.push(_.defines[U]);return _.isRawShaderMaterial===!1&&(m(E,_),g(E,_),E.push(n.outputColorSpace)),E.push(_.customProgramCacheKey),E.join()}function m(_,E){_.push(E.precision),_.push(E.outputColorSpace),_.push(E.envMapMode),_.push(E.envMapPMREM),_.push(E.envMapMaxLod),_.push(E.envMapSize),_.push(E.mapUv),_.push(E.alphaMapUv),_.push(E.lightMapUv),_.push(E.aoMapUv),_.push(E.bumpMapUv),_.push(E.normalMapUv),_.push(E.displacementMapUv),_.push(E.emissiveMapUv),_.push(E.metalnessMapUv),_.push(E.roughnessMapUv),_.push(E.anisotropyMapUv),_.push(E.clearcoatMapUv),_.push(E.clearcoatNormalMapUv),_.push(E.clearcoatRoughnessMapUv),_.push(E.diffuseRoughnessMapUv),_.push(E.iridescenceMapUv),_.push(E.iridescenceThicknessMapUv),_.push(E.sheenColorMapUv),_.push(E.sheenRoughnessMapUv),_.push(E.specularMapUv),_.push(E.specularColorMapUv),_.push(E.specularIntensityMapUv),_.push(E.transmissionMapUv),_.push(E.thicknessMapUv),_.push(E.combine),_.push(E.fogExp2),_.push(E.sizeAttenuation),_.push(E.morphTargetsCount),_.push(E.numSunLights),_.push(E.numDirLights),_.push(E.numPointLights),_.push(E.numSpotLights),_.push(E.numSpotLightMaps),_.push(E.numHemiLights),_.push(E.numRectAreaLights),_.push(E.numSunLightShadows),_.push(E.numDirLightShadows),_.push(E.numPointLightShadows),_.push(E.numSpotLightShadows),_.push(E.numSpotLightShadowsWithMaps),_.push(E.numLightProbes),_.push(E.numLightProbeGrids),_.push(E.shadowMapType),_.push(E.toneMapping),_.push(E.numClippingPlanes),_.push(E.numClipIntersection),_.push(E.depthPacking)}function g(_,E){o.disableAll(),E.instancing&&o.enable(0),E.instancingColor&&o.enable(1),E.instancingMorph&&o.enable(2),E.matcap&&o.enable(3),E.envMap&&o.enable(4),E.normalMapObjectSpace&&o.enable(5),E.normalMapTangentSpace&&o.enable(6),E.clearcoat&&o.enable(7),E.iridescence&&o.enable(8),E.alphaTest&&o.enable(9),E.vertexColors&&o.enable(10),E.vertexAlphas&&o.enable(11),E.vertexUv1s&&o.enable(12),E.vertexUv2s&&o.enable(13),E.vertexUv3s&&o.enable(14),E.vertexTangents&&o.enable(15),E.anisotropy&&o.enable(16),E.alphaHash&&o.enable(17),E.batching&&o.enable(18),E.dispersion&&o.enable(19),E.retroreflection&&o.enable(24),E.diffuseRoughness&&o.enable(25),E.batchingColor&&o.enable(20),E.gradientMap&&o.enable(21),E.packedNormalMap&&o.enable(22),E.vertexNormals&&o.enable(23),_.push(o.mask),o.disableAll(),E.fog&&o.enable(0),E.useFog&&o.enable(1),E.flatShading&&o.enable(2),E.logarithmicDepthBuffer&&o.enable(3),E.reversedDepthBuffer&&o.enable(4),E.skinning&&o.enable(5),E.morphTargets&&o.enable(6),E.morphNormals&&o.enable(7),E.morphColors&&o.enable(8),E.premultipliedAlpha&&o.enable(9),E.shadowMapEnabled&&o.enable(10),E.doubleSided&&o.enable(11),E.flipSided&&o.enable(12),E.useDepthPacking&&o.enable(13),E.dithering&&o.enable(14),E.transmission&&o.enable(15),E.sheen&&o.enable(16),E.opaque&&o.enable(17),E.pointsUvs&&o.enable(18),E.decodeVideoTexture&&o.enable(19),E.decodeVideoTextureEmissive&&o.enable(20),E.alphaToCoverage&&o.enable(21),E.numLightProbeGrids>0&&o.enable(22),E.hasPositionAttribute&&o.enable(23),_.push(o.mask)}function v(_){const E=f[_.type];let U;if(E){const I=vi[E];U=vd.clone(I.uniforms)}else U=_.uniforms;return U}function M(_,E){let U=u.get(E);return U!==void 0?++U.usedTimes:(U=new KA(n,E,_,s),c.push(U),u.set(E,U)),U}function y(_){if(--_.usedTimes===0){const E=c.indexOf(_);c[E]=c[c.length-1],c.pop(),u.delete(_.cacheKey),_.destroy()}}function T(_){a.remove(_)}function b(){a.dispose()}return{getParameters:p,getProgramCacheKey:x,getUniforms:v,acquireProgram:M,releaseProgram:y,releaseShaderCache:T,programs:c,dispose:b}}function t1(){let n=new WeakMap;function e(o){return n.has(o)}function t(o){let a=n.get(o);return a===void 0&&(a={},n.set(o,a)),a}function i(o){n.delete(o)}function s(o,a,l){n.get(o)[a]=l}function r(){n=new WeakMap}return{has:e,get:t,remove:i,update:s,dispose:r}}function n1(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function tg(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function ng(){const n=[];let e=0;const t=[],i=[],s=[];function r(){e=0,t.length=0,i.length=0,s.length=0}function o(f){let d=0;return f.isInstancedMesh&&(d+=2),f.isSkinnedMesh&&(d+=1),d}function a(f,d,p,x,m,g){let v=n[e];return v===void 0?(v={id:f.id,object:f,geometry:d,material:p,materialVariant:o(f),groupOrder:x,renderOrder:f.renderOrder,z:m,group:g},n[e]=v):(v.id=f.id,v.object=f,v.geometry=d,v.material=p,v.materialVariant=o(f),v.groupOrder=x,v.renderOrder=f.renderOrder,v.z=m,v.group=g),e++,v}function l(f,d,p,x,m,g,v){v.reversedDepth===!0&&(m=-m);const M=a(f,d,p,x,m,g);p.transmission>0?i.push(M):p.transparent===!0?s.push(M):t.push(M)}function c(f,d,p,x,m,g){const v=a(f,d,p,x,m,g);p.transmission>0?i.unshift(v):p.transparent===!0?s.unshift(v):t.unshift(v)}function u(f,d){t.length>1&&t.sort(f||n1),i.length>1&&i.sort(d||tg),s.length>1&&s.sort(d||tg)}function h(){for(let f=e,d=n.length;f<d;f++){const p=n[f];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:i,transparent:s,init:r,push:l,unshift:c,finish:h,sort:u}}function i1(){let n=new WeakMap;function e(i,s){const r=n.get(i);let o;return r===void 0?(o=new ng,n.set(i,[o])):s>=r.length?(o=new ng,r.push(o)):o=r[s],o}function t(){n=new WeakMap}return{get:e,dispose:t}}function s1(){const n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new V,color:new rt};break;case"SpotLight":t={position:new V,direction:new V,color:new rt,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new V,color:new rt,distance:0,decay:0};break;case"HemisphereLight":t={direction:new V,skyColor:new rt,groundColor:new rt};break;case"RectAreaLight":t={color:new rt,position:new V,halfWidth:new V,halfHeight:new V};break}return n[e.id]=t,t}}}function r1(){const n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new at};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new at};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new at,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}let o1=0;function a1(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function l1(n){const e=new s1,t=r1(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new V);const s=new V,r=new mt,o=new mt;function a(c){let u=0,h=0,f=0;for(let O=0;O<9;O++)i.probe[O].set(0,0,0);let d=0,p=0,x=0,m=0,g=0,v=0,M=0,y=0,T=0,b=0,_=0,E=0,U=0,I=0;c.sort(a1);for(let O=0,W=c.length;O<W;O++){const N=c[O],z=N.color,$=N.intensity,H=N.distance;let ue=null;if(N.shadow&&N.shadow.map&&(N.shadow.map.texture.format===to?ue=N.shadow.map.texture:ue=N.shadow.map.depthTexture||N.shadow.map.texture),N.isAmbientLight)u+=z.r*$,h+=z.g*$,f+=z.b*$;else if(N.isLightProbe){for(let J=0;J<9;J++)i.probe[J].addScaledVector(N.sh.coefficients[J],$);I++}else if(N.isSunLight){const J=e.get(N);if(J.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){const ee=N.shadow,re=t.get(N);re.shadowIntensity=ee.intensity,re.shadowBias=ee.bias,re.shadowNormalBias=ee.normalBias,re.shadowRadius=ee.radius,re.shadowMapSize.copy(ee.mapSize).multiply(ee.getFrameExtents()),i.sunShadow[p]=re,i.sunShadowMap[p]=ue;const xe=ee.getViewportCount();for(let _e=0;_e<xe;_e++)i.sunShadowMatrix[x+_e]=ee.getMatrix(_e),i.sunShadowCascade[x+_e]=ee._cascadeData[_e];x+=xe,p++}i.sun[d]=J,d++}else if(N.isDirectionalLight){const J=e.get(N);if(J.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){const ee=N.shadow,re=t.get(N);re.shadowIntensity=ee.intensity,re.shadowBias=ee.bias,re.shadowNormalBias=ee.normalBias,re.shadowRadius=ee.radius,re.shadowMapSize=ee.mapSize,i.directionalShadow[m]=re,i.directionalShadowMap[m]=ue,i.directionalShadowMatrix[m]=N.shadow.matrix,T++}i.directional[m]=J,m++}else if(N.isSpotLight){const J=e.get(N);J.position.setFromMatrixPosition(N.matrixWorld),J.color.copy(z).multiplyScalar($),J.distance=H,J.coneCos=Math.cos(N.angle),J.penumbraCos=Math.cos(N.angle*(1-N.penumbra)),J.decay=N.decay,i.spot[v]=J;const ee=N.shadow;if(N.map&&(i.spotLightMap[E]=N.map,E++,ee.updateMatrices(N),N.castShadow&&U++),i.spotLightMatrix[v]=ee.matrix,N.castShadow){const re=t.get(N);re.shadowIntensity=ee.intensity,re.shadowBias=ee.bias,re.shadowNormalBias=ee.normalBias,re.shadowRadius=ee.radius,re.shadowMapSize=ee.mapSize,i.spotShadow[v]=re,i.spotShadowMap[v]=ue,_++}v++}else if(N.isRectAreaLight){const J=e.get(N);J.color.copy(z).multiplyScalar($),J.halfWidth.set(N.width*.5,0,0),J.halfHeight.set(0,N.height*.5,0),i.rectArea[M]=J,M++}else if(N.isPointLight){const J=e.get(N);if(J.color.copy(N.color).multiplyScalar(N.intensity),J.distance=N.distance,J.decay=N.decay,N.castShadow){const ee=N.shadow,re=t.get(N);re.shadowIntensity=ee.intensity,re.shadowBias=ee.bias,re.shadowNormalBias=ee.normalBias,re.shadowRadius=ee.radius,re.shadowMapSize=ee.mapSize,re.shadowCameraNear=ee.camera.near,re.shadowCameraFar=ee.camera.far,i.pointShadow[g]=re,i.pointShadowMap[g]=ue,i.pointShadowMatrix[g]=N.shadow.matrix,b++}i.point[g]=J,g++}else if(N.isHemisphereLight){const J=e.get(N);J.skyColor.copy(N.color).multiplyScalar($),J.groundColor.copy(N.groundColor).multiplyScalar($),i.hemi[y]=J,y++}}M>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=Oe.LTC_FLOAT_1,i.rectAreaLTC2=Oe.LTC_FLOAT_2):(i.rectAreaLTC1=Oe.LTC_HALF_1,i.rectAreaLTC2=Oe.LTC_HALF_2)),i.ambient[0]=u,i.ambient[1]=h,i.ambient[2]=f;const D=i.hash;(D.sunLength!==d||D.directionalLength!==m||D.pointLength!==g||D.spotLength!==v||D.rectAreaLength!==M||D.hemiLength!==y||D.numSunShadows!==p||D.numDirectionalShadows!==T||D.numPointShadows!==b||D.numSpotShadows!==_||D.numSpotMaps!==E||D.numLightProbes!==I)&&(i.sun.length=d,i.directional.length=m,i.spot.length=v,i.rectArea.length=M,i.point.length=g,i.hemi.length=y,i.sunShadow.length=p,i.sunShadowMap.length=p,i.sunShadowMatrix.length=x,i.sunShadowCascade.length=x,i.directionalShadow.length=T,i.directionalShadowMap.length=T,i.directionalShadowMatrix.length=T,i.pointShadow.length=b,i.pointShadowMap.length=b,i.pointShadowMatrix.length=b,i.spotShadow.length=_,i.spotShadowMap.length=_,i.spotLightMatrix.length=_+E-U,i.spotLightMap.length=E,i.numSpotLightShadowsWithMaps=U,i.numLightProbes=I,D.sunLength=d,D.directionalLength=m,D.pointLength=g,D.spotLength=v,D.rectAreaLength=M,D.hemiLength=y,D.numSunShadows=p,D.numDirectionalShadows=T,D.numPointShadows=b,D.numSpotShadows=_,D.numSpotMaps=E,D.numLightProbes=I,i.version=o1++)}function l(c,u){let h=0,f=0,d=0,p=0,x=0,m=0;const g=u.matrixWorldInverse;for(let v=0,M=c.length;v<M;v++){const y=c[v];if(y.isSunLight){const T=i.sun[h];T.direction.setFromMatrixPosition(y.matrixWorld),T.direction.transformDirection(g),h++}else if(y.isDirectionalLight){const T=i.directional[f];T.direction.setFromMatrixPosition(y.matrixWorld),s.setFromMatrixPosition(y.target.matrixWorld),T.direction.sub(s),T.direction.transformDirection(g),f++}else if(y.isSpotLight){const T=i.spot[p];T.position.setFromMatrixPosition(y.matrixWorld),T.position.applyMatrix4(g),T.direction.setFromMatrixPosition(y.matrixWorld),s.setFromMatrixPosition(y.target.matrixWorld),T.direction.sub(s),T.direction.transformDirection(g),p++}else if(y.isRectAreaLight){const T=i.rectArea[x];T.position.setFromMatrixPosition(y.matrixWorld),T.position.applyMatrix4(g),o.identity(),r.copy(y.matrixWorld),r.premultiply(g),o.extractRotation(r),T.halfWidth.set(y.width*.5,0,0),T.halfHeight.set(0,y.height*.5,0),T.halfWidth.applyMatrix4(o),T.halfHeight.applyMatrix4(o),x++}else if(y.isPointLight){const T=i.point[d];T.position.setFromMatrixPosition(y.matrixWorld),T.position.applyMatrix4(g),d++}else if(y.isHemisphereLight){const T=i.hemi[m];T.direction.setFromMatrixPosition(y.matrixWorld),T.direction.transformDirection(g),m++}}}return{setup:a,setupView:l,state:i}}function ig(n){const e=new l1(n),t=[],i=[],s=[];function r(h){u.camera=h,t.length=0,i.length=0,s.length=0}function o(h){h.isLightProbeGrid?s.push(h):t.push(h)}function a(h){i.push(h)}function l(){e.setup(t),s.sort((h,f)=>h.priority-f.priority||h.id-f.id)}function c(h){e.setupView(t,h)}const u={lightsArray:t,shadowsArray:i,lightProbeGridArray:s,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:u,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function c1(n){let e=new WeakMap;function t(s,r=0){const o=e.get(s);let a;return o===void 0?(a=new ig(n),e.set(s,[a])):r>=o.length?(a=new ig(n),o.push(a)):a=o[r],a}function i(){e=new WeakMap}return{get:t,dispose:i}}const u1=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,h1=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,f1=[new V(1,0,0),new V(-1,0,0),new V(0,1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1)],d1=[new V(0,-1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1),new V(0,-1,0),new V(0,-1,0)],sg=new mt,Ta=new V,th=new V;function p1(n,e,t){let i=new rl;const s=new at,r=new at,o=new Xt,a=new qb,l=new Yb,c={},u=t.maxTextureSize,h={[Pr]:bi,[bi]:Pr,[yi]:yi},f=new ps({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new at},radius:{value:4}},vertexShader:u1,fragmentShader:h1}),d=f.clone();d.defines.HORIZONTAL_PASS=1;const p=new Mn;p.setAttribute("position",new mn(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));const x=new ni(p,f),m=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=_c;let g=this.type;this.render=function(b,_,E){if(m.enabled===!1||m.autoUpdate===!1&&m.needsUpdate===!1||b.length===0)return;this.type===mS&&(tt("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=_c);const U=n.getRenderTarget(),I=n.getActiveCubeFace(),D=n.getActiveMipmapLevel(),O=n.state;O.setBlending(Fo),O.buffers.depth.getReversed()===!0?O.buffers.color.setClear(0,0,0,0):O.buffers.color.setClear(1,1,1,1),O.buffers.depth.setTest(!0),O.setScissorTest(!1);const W=g!==this.type;W&&_.traverse(function(N){N.material&&(Array.isArray(N.material)?N.material.forEach(z=>z.needsUpdate=!0):N.material.needsUpdate=!0)});for(let N=0,z=b.length;N<z;N++){const $=b[N],H=$.shadow;if(H===void 0){tt("WebGLShadowMap:",$,"has no shadow.");continue}if(H.autoUpdate===!1&&H.needsUpdate===!1)continue;s.copy(H.mapSize);const ue=H.getFrameExtents();s.multiply(ue),r.copy(H.mapSize),(s.x>u||s.y>u)&&(s.x>u&&(r.x=Math.floor(u/ue.x),s.x=r.x*ue.x,H.mapSize.x=r.x),s.y>u&&(r.y=Math.floor(u/ue.y),s.y=r.y*ue.y,H.mapSize.y=r.y));const J=n.state.buffers.depth.getReversed();if(H.camera._reversedDepth=J,H.map===null||W===!0){if(H.map!==null&&(H.map.depthTexture!==null&&(H.map.depthTexture.dispose(),H.map.depthTexture=null),H.map.dispose()),this.type===Fa){if($.isPointLight){tt("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}H.map=new Fs(s.x,s.y,{format:to,type:Os,minFilter:Kn,magFilter:Kn,generateMipmaps:!1}),H.map.texture.name=$.name+".shadowMap",H.map.depthTexture=new jo(s.x,s.y,Ji),H.map.depthTexture.name=$.name+".shadowMapDepth",H.map.depthTexture.format=Ir,H.map.depthTexture.compareFunction=null,H.map.depthTexture.minFilter=Dn,H.map.depthTexture.magFilter=Dn}else $.isPointLight?(H.map=new Md(s.x),H.map.depthTexture=new N0(s.x,Us)):(H.map=new Fs(s.x,s.y),H.map.depthTexture=new jo(s.x,s.y,Us)),H.map.depthTexture.name=$.name+".shadowMap",H.map.depthTexture.format=Ir,this.type===_c?(H.map.depthTexture.compareFunction=J?S0:y0,H.map.depthTexture.minFilter=Kn,H.map.depthTexture.magFilter=Kn):(H.map.depthTexture.compareFunction=null,H.map.depthTexture.minFilter=Dn,H.map.depthTexture.magFilter=Dn);H.camera.updateProjectionMatrix()}H.map.isWebGLCubeRenderTarget!==!0&&(H.map.width!==s.x||H.map.height!==s.y)&&H.map.setSize(s.x,s.y);const ee=H.map.isWebGLCubeRenderTarget?6:H.getViewportCount();$.isPointLight!==!0&&H.updateMatrices($,E);const re=(H.camera.layers.mask&4294967294)!==0?H.camera.layers:E.layers;for(let xe=0;xe<ee;xe++){const _e=H.getCamera(xe);if($.isPointLight){const te=H.camera,Me=H.matrix,Ae=$.distance||te.far;Ae!==te.far&&(te.far=Ae,te.updateProjectionMatrix()),Ta.setFromMatrixPosition($.matrixWorld),te.position.copy(Ta),th.copy(te.position),th.add(f1[xe]),te.up.copy(d1[xe]),te.lookAt(th),te.updateMatrixWorld(),Me.makeTranslation(-Ta.x,-Ta.y,-Ta.z),sg.multiplyMatrices(te.projectionMatrix,te.matrixWorldInverse),H._frustum.setFromProjectionMatrix(sg,te.coordinateSystem,te.reversedDepth)}if(H.map.isWebGLCubeRenderTarget)n.setRenderTarget(H.map,xe),n.clear();else{xe===0&&(n.setRenderTarget(H.map),n.clear());const te=H.getViewport(xe);o.set(r.x*te.x,r.y*te.y,r.x*te.z,r.y*te.w),O.viewport(o)}i=H.getFrustum(xe),y(_,E,_e,$,re,this.type)}H.isPointLightShadow!==!0&&this.type===Fa&&v(H,E),H.needsUpdate=!1}g=this.type,m.needsUpdate=!1,n.setRenderTarget(U,I,D)};function v(b,_){const E=e.update(x);f.defines.VSM_SAMPLES!==b.blurSamples&&(f.defines.VSM_SAMPLES=b.blurSamples,d.defines.VSM_SAMPLES=b.blurSamples,f.needsUpdate=!0,d.needsUpdate=!0),b.mapPass===null?b.mapPass=new Fs(s.x,s.y,{format:to,type:Os}):(b.mapPass.width!==b.map.width||b.mapPass.height!==b.map.height)&&b.mapPass.setSize(b.map.width,b.map.height),f.uniforms.shadow_pass.value=b.map.depthTexture,f.uniforms.resolution.value.set(b.map.width,b.map.height),f.uniforms.radius.value=b.radius,n.setRenderTarget(b.mapPass),n.clear(),n.renderBufferDirect(_,null,E,f,x,null),d.uniforms.shadow_pass.value=b.mapPass.texture,d.uniforms.resolution.value.set(b.map.width,b.map.height),d.uniforms.radius.value=b.radius,n.setRenderTarget(b.map),n.clear(),n.renderBufferDirect(_,null,E,d,x,null)}function M(b,_,E,U){let I=null;const D=E.isPointLight===!0?b.customDistanceMaterial:b.customDepthMaterial;if(D!==void 0)I=D;else if(I=E.isPointLight===!0?l:a,n.localClippingEnabled&&_.clipShadows===!0&&Array.isArray(_.clippingPlanes)&&_.clippingPlanes.length!==0||_.displacementMap&&_.displacementScale!==0||_.alphaMap&&_.alphaTest>0||_.map&&_.alphaTest>0||_.alphaToCoverage===!0){const O=I.uuid,W=_.uuid;let N=c[O];N===void 0&&(N={},c[O]=N);let z=N[W];z===void 0&&(z=I.clone(),N[W]=z,_.addEventListener("dispose",T)),I=z}if(I.visible=_.visible,I.wireframe=_.wireframe,U===Fa?I.side=_.shadowSide!==null?_.shadowSide:_.side:I.side=_.shadowSide!==null?_.shadowSide:h[_.side],I.alphaMap=_.alphaMap,I.alphaTest=_.alphaToCoverage===!0?.5:_.alphaTest,I.map=_.map,I.clipShadows=_.clipShadows,I.clippingPlanes=_.clippingPlanes,I.clipIntersection=_.clipIntersection,I.displacementMap=_.displacementMap,I.displacementScale=_.displacementScale,I.displacementBias=_.displacementBias,I.wireframeLinewidth=_.wireframeLinewidth,I.linewidth=_.linewidth,E.isPointLight===!0&&I.isMeshDistanceMaterial===!0){const O=n.properties.get(I);O.light=E}return I}function y(b,_,E,U,I,D){if(b.visible===!1)return;if(b.layers.test(I)&&(b.isMesh||b.isLine||b.isPoints)&&(b.castShadow||b.receiveShadow&&D===Fa)&&(!b.frustumCulled||b.intersectsFrustum(i))){b.modelViewMatrix.multiplyMatrices(E.matrixWorldInverse,b.matrixWorld);const N=e.update(b),z=b.material;if(Array.isArray(z)){const $=N.groups;for(let H=0,ue=$.length;H<ue;H++){const J=$[H],ee=z[J.materialIndex];if(ee&&ee.visible){const re=M(b,ee,U,D);b.onBeforeShadow(n,b,_,E,N,re,J),n.renderBufferDirect(E,null,N,re,b,J),b.onAfterShadow(n,b,_,E,N,re,J)}}}else if(z.visible){const $=M(b,z,U,D);b.onBeforeShadow(n,b,_,E,N,$,null),n.renderBufferDirect(E,null,N,$,b,null),b.onAfterShadow(n,b,_,E,N,$,null)}}const W=b.children;for(let N=0,z=W.length;N<z;N++)y(W[N],_,E,U,I,D)}function T(b){b.target.removeEventListener("dispose",T);for(const E in c){const U=c[E],I=b.target.uuid;I in U&&(U[I].dispose(),delete U[I])}}}function m1(n,e){function t(){let B=!1;const ae=new Xt;let ie=null;const we=new Xt(0,0,0,0);return{setMask:function(ye){ie!==ye&&!B&&(n.colorMask(ye,ye,ye,ye),ie=ye)},setLocked:function(ye){B=ye},setClear:function(ye,Ce,je,ot,de){de===!0&&(ye*=ot,Ce*=ot,je*=ot),ae.set(ye,Ce,je,ot),we.equals(ae)===!1&&(n.clearColor(ye,Ce,je,ot),we.copy(ae))},reset:function(){B=!1,ie=null,we.set(-1,0,0,0)}}}function i(){let B=!1,ae=!1,ie=null,we=null,ye=null;return{setReversed:function(Ce){if(ae!==Ce){const je=e.get("EXT_clip_control");Ce?je.clipControlEXT(je.LOWER_LEFT_EXT,je.ZERO_TO_ONE_EXT):je.clipControlEXT(je.LOWER_LEFT_EXT,je.NEGATIVE_ONE_TO_ONE_EXT),ae=Ce;const ot=ye;ye=null,this.setClear(ot)}},getReversed:function(){return ae},setTest:function(Ce){Ce?Pe(n.DEPTH_TEST):Qe(n.DEPTH_TEST)},setMask:function(Ce){ie!==Ce&&!B&&(n.depthMask(Ce),ie=Ce)},setFunc:function(Ce){if(ae&&(Ce=JS[Ce]),we!==Ce){switch(Ce){case Gh:n.depthFunc(n.NEVER);break;case Wh:n.depthFunc(n.ALWAYS);break;case Xh:n.depthFunc(n.LESS);break;case Ja:n.depthFunc(n.LEQUAL);break;case qh:n.depthFunc(n.EQUAL);break;case Yh:n.depthFunc(n.GEQUAL);break;case $h:n.depthFunc(n.GREATER);break;case Kh:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}we=Ce}},setLocked:function(Ce){B=Ce},setClear:function(Ce){ye!==Ce&&(ye=Ce,ae&&(Ce=1-Ce),n.clearDepth(Ce))},reset:function(){B=!1,ie=null,we=null,ye=null,ae=!1}}}function s(){let B=!1,ae=null,ie=null,we=null,ye=null,Ce=null,je=null,ot=null,de=null;return{setTest:function(Ge){B||(Ge?Pe(n.STENCIL_TEST):Qe(n.STENCIL_TEST))},setMask:function(Ge){ae!==Ge&&!B&&(n.stencilMask(Ge),ae=Ge)},setFunc:function(Ge,it,Ie){(ie!==Ge||we!==it||ye!==Ie)&&(n.stencilFunc(Ge,it,Ie),ie=Ge,we=it,ye=Ie)},setOp:function(Ge,it,Ie){(Ce!==Ge||je!==it||ot!==Ie)&&(n.stencilOp(Ge,it,Ie),Ce=Ge,je=it,ot=Ie)},setLocked:function(Ge){B=Ge},setClear:function(Ge){de!==Ge&&(n.clearStencil(Ge),de=Ge)},reset:function(){B=!1,ae=null,ie=null,we=null,ye=null,Ce=null,je=null,ot=null,de=null}}}const r=new t,o=new i,a=new s;let l={};const c=new WeakMap;let u={},h={},f={},d=new WeakMap,p=[],x=null,m=!1,g=null,v=null,M=null,y=null,T=null,b=null,_=null,E=new rt(0,0,0),U=0,I=!1,D=null,O=null,W=null,N=null,z=null;const $=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS);let H=!1,ue=0;const J=n.getParameter(n.VERSION);J.indexOf("WebGL")!==-1?(ue=parseFloat(/^WebGL (\d)/.exec(J)[1]),H=ue>=1):J.indexOf("OpenGL ES")!==-1&&(ue=parseFloat(/^OpenGL ES (\d)/.exec(J)[1]),H=ue>=2);let ee=null,re={};const xe=n.getParameter(n.SCISSOR_BOX),_e=n.getParameter(n.VIEWPORT),te=new Xt().fromArray(xe),Me=new Xt().fromArray(_e);function Ae(B,ae,ie,we){const ye=new Uint8Array(4),Ce=n.createTexture();n.bindTexture(B,Ce),n.texParameteri(B,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(B,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let je=0;je<ie;je++)B===n.TEXTURE_3D||B===n.TEXTURE_2D_ARRAY?n.texImage3D(ae,0,n.RGBA,1,1,we,0,n.RGBA,n.UNSIGNED_BYTE,ye):n.texImage2D(ae+je,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,ye);return Ce}const ge={};ge[n.TEXTURE_2D]=Ae(n.TEXTURE_2D,n.TEXTURE_2D,1),ge[n.TEXTURE_CUBE_MAP]=Ae(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),ge[n.TEXTURE_2D_ARRAY]=Ae(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),ge[n.TEXTURE_3D]=Ae(n.TEXTURE_3D,n.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),Pe(n.DEPTH_TEST),o.setFunc(Ja),xt(!1),Ut(Up),Pe(n.CULL_FACE),sn(Fo);function Pe(B){u[B]!==!0&&(n.enable(B),u[B]=!0)}function Qe(B){u[B]!==!1&&(n.disable(B),u[B]=!1)}function dt(B,ae){return f[B]!==ae?(n.bindFramebuffer(B,ae),f[B]=ae,B===n.DRAW_FRAMEBUFFER&&(f[n.FRAMEBUFFER]=ae),B===n.FRAMEBUFFER&&(f[n.DRAW_FRAMEBUFFER]=ae),!0):!1}function Ke(B,ae){let ie=p,we=!1;if(B){ie=d.get(ae),ie===void 0&&(ie=[],d.set(ae,ie));const ye=B.textures;if(ie.length!==ye.length||ie[0]!==n.COLOR_ATTACHMENT0){for(let Ce=0,je=ye.length;Ce<je;Ce++)ie[Ce]=n.COLOR_ATTACHMENT0+Ce;ie.length=ye.length,we=!0}}else ie[0]!==n.BACK&&(ie[0]=n.BACK,we=!0);we&&n.drawBuffers(ie)}function bt(B){return x!==B?(n.useProgram(B),x=B,!0):!1}const St={[Co]:n.FUNC_ADD,[_S]:n.FUNC_SUBTRACT,[xS]:n.FUNC_REVERSE_SUBTRACT};St[vS]=n.MIN,St[yS]=n.MAX;const ut={[SS]:n.ZERO,[bS]:n.ONE,[MS]:n.SRC_COLOR,[n0]:n.SRC_ALPHA,[CS]:n.SRC_ALPHA_SATURATE,[AS]:n.DST_COLOR,[wS]:n.DST_ALPHA,[ES]:n.ONE_MINUS_SRC_COLOR,[i0]:n.ONE_MINUS_SRC_ALPHA,[RS]:n.ONE_MINUS_DST_COLOR,[TS]:n.ONE_MINUS_DST_ALPHA,[DS]:n.CONSTANT_COLOR,[LS]:n.ONE_MINUS_CONSTANT_COLOR,[PS]:n.CONSTANT_ALPHA,[IS]:n.ONE_MINUS_CONSTANT_ALPHA};function sn(B,ae,ie,we,ye,Ce,je,ot,de,Ge){if(B===Fo){m===!0&&(Qe(n.BLEND),m=!1);return}if(m===!1&&(Pe(n.BLEND),m=!0),B!==gS){if(B!==g||Ge!==I){if((v!==Co||T!==Co)&&(n.blendEquation(n.FUNC_ADD),v=Co,T=Co),Ge)switch(B){case Ga:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Op:n.blendFunc(n.ONE,n.ONE);break;case kp:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Bp:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:ft("WebGLState: Invalid blending: ",B);break}else switch(B){case Ga:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Op:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case kp:ft("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Bp:ft("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:ft("WebGLState: Invalid blending: ",B);break}M=null,y=null,b=null,_=null,E.set(0,0,0),U=0,g=B,I=Ge}return}ye=ye||ae,Ce=Ce||ie,je=je||we,(ae!==v||ye!==T)&&(n.blendEquationSeparate(St[ae],St[ye]),v=ae,T=ye),(ie!==M||we!==y||Ce!==b||je!==_)&&(n.blendFuncSeparate(ut[ie],ut[we],ut[Ce],ut[je]),M=ie,y=we,b=Ce,_=je),(ot.equals(E)===!1||de!==U)&&(n.blendColor(ot.r,ot.g,ot.b,de),E.copy(ot),U=de),g=B,I=!1}function Kt(B,ae){B.side===yi?Qe(n.CULL_FACE):Pe(n.CULL_FACE);let ie=B.side===bi;ae&&(ie=!ie),xt(ie),B.blending===Ga&&B.transparent===!1?sn(Fo):sn(B.blending,B.blendEquation,B.blendSrc,B.blendDst,B.blendEquationAlpha,B.blendSrcAlpha,B.blendDstAlpha,B.blendColor,B.blendAlpha,B.premultipliedAlpha),o.setFunc(B.depthFunc),o.setTest(B.depthTest),o.setMask(B.depthWrite),r.setMask(B.colorWrite);const we=B.stencilWrite;a.setTest(we),we&&(a.setMask(B.stencilWriteMask),a.setFunc(B.stencilFunc,B.stencilRef,B.stencilFuncMask),a.setOp(B.stencilFail,B.stencilZFail,B.stencilZPass)),Ct(B.polygonOffset,B.polygonOffsetFactor,B.polygonOffsetUnits),B.alphaToCoverage===!0?Pe(n.SAMPLE_ALPHA_TO_COVERAGE):Qe(n.SAMPLE_ALPHA_TO_COVERAGE)}function xt(B){D!==B&&(B?n.frontFace(n.CW):n.frontFace(n.CCW),D=B)}function Ut(B){B!==dS?(Pe(n.CULL_FACE),B!==O&&(B===Up?n.cullFace(n.BACK):B===pS?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Qe(n.CULL_FACE),O=B}function Mt(B){B!==W&&(H&&n.lineWidth(B),W=B)}function Ct(B,ae,ie){B?(Pe(n.POLYGON_OFFSET_FILL),(N!==ae||z!==ie)&&(N=ae,z=ie,o.getReversed()&&(ae=-ae,ie=-ie),n.polygonOffset(ae,ie))):Qe(n.POLYGON_OFFSET_FILL)}function qt(B){B?Pe(n.SCISSOR_TEST):Qe(n.SCISSOR_TEST)}function Zt(B){B===void 0&&(B=n.TEXTURE0+$-1),ee!==B&&(n.activeTexture(B),ee=B)}function dn(B,ae,ie){ie===void 0&&(ee===null?ie=n.TEXTURE0+$-1:ie=ee);let we=re[ie];we===void 0&&(we={type:void 0,texture:void 0},re[ie]=we),(we.type!==B||we.texture!==ae)&&(ee!==ie&&(n.activeTexture(ie),ee=ie),n.bindTexture(B,ae||ge[B]),we.type=B,we.texture=ae)}function k(){const B=re[ee];B!==void 0&&B.type!==void 0&&(n.bindTexture(B.type,null),B.type=void 0,B.texture=void 0)}function Ne(){try{n.compressedTexImage2D(...arguments)}catch(B){ft("WebGLState:",B)}}function nt(){try{n.compressedTexImage3D(...arguments)}catch(B){ft("WebGLState:",B)}}function ht(){try{n.texSubImage2D(...arguments)}catch(B){ft("WebGLState:",B)}}function Re(){try{n.texSubImage3D(...arguments)}catch(B){ft("WebGLState:",B)}}function Lt(){try{n.compressedTexSubImage2D(...arguments)}catch(B){ft("WebGLState:",B)}}function ze(){try{n.compressedTexSubImage3D(...arguments)}catch(B){ft("WebGLState:",B)}}function Ze(){try{n.texStorage2D(...arguments)}catch(B){ft("WebGLState:",B)}}function L(){try{n.texStorage3D(...arguments)}catch(B){ft("WebGLState:",B)}}function w(){try{n.texImage2D(...arguments)}catch(B){ft("WebGLState:",B)}}function Y(){try{n.texImage3D(...arguments)}catch(B){ft("WebGLState:",B)}}function pe(B){return h[B]!==void 0?h[B]:n.getParameter(B)}function le(B,ae){h[B]!==ae&&(n.pixelStorei(B,ae),h[B]=ae)}function be(B){te.equals(B)===!1&&(n.scissor(B.x,B.y,B.z,B.w),te.copy(B))}function Ee(B){Me.equals(B)===!1&&(n.viewport(B.x,B.y,B.z,B.w),Me.copy(B))}function se(B,ae){let ie=c.get(ae);ie===void 0&&(ie=new WeakMap,c.set(ae,ie));let we=ie.get(B);we===void 0&&(we=n.getUniformBlockIndex(ae,B.name),n.uniformBlockBinding(ae,we,we),ie.set(B,we))}function oe(B,ae,ie){const ye=c.get(ae).get(B);l[ye]!==ie&&(n.bindBufferBase(n.UNIFORM_BUFFER,ye,ie),l[ye]=ie)}function ve(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),o.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),u={},h={},ee=null,re={},f={},l={},d=new WeakMap,p=[],x=null,m=!1,g=null,v=null,M=null,y=null,T=null,b=null,_=null,E=new rt(0,0,0),U=0,I=!1,D=null,O=null,W=null,N=null,z=null,te.set(0,0,n.canvas.width,n.canvas.height),Me.set(0,0,n.canvas.width,n.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:Pe,disable:Qe,bindFramebuffer:dt,drawBuffers:Ke,useProgram:bt,setBlending:sn,setMaterial:Kt,setFlipSided:xt,setCullFace:Ut,setLineWidth:Mt,setPolygonOffset:Ct,setScissorTest:qt,activeTexture:Zt,bindTexture:dn,unbindTexture:k,compressedTexImage2D:Ne,compressedTexImage3D:nt,texImage2D:w,texImage3D:Y,pixelStorei:le,getParameter:pe,updateUBOMapping:se,uniformBlockBinding:oe,texStorage2D:Ze,texStorage3D:L,texSubImage2D:ht,texSubImage3D:Re,compressedTexSubImage2D:Lt,compressedTexSubImage3D:ze,scissor:be,viewport:Ee,reset:ve}}function g1(n,e,t,i,s,r,o){const a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new at,u=new WeakMap,h=new Set;let f;const d=new WeakMap,p=new Set,x=new FinalizationRegistry(L=>p.delete(L));let m=!1;try{m=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(L,w){return m?new OffscreenCanvas(L,w):il("canvas")}function v(L,w,Y){let pe=1;const le=Ze(L);if((le.width>Y||le.height>Y)&&(pe=Y/Math.max(le.width,le.height)),pe<1)if(typeof HTMLImageElement<"u"&&L instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&L instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&L instanceof ImageBitmap||typeof VideoFrame<"u"&&L instanceof VideoFrame){const be=Math.floor(pe*le.width),Ee=Math.floor(pe*le.height);f===void 0&&(f=g(be,Ee));const se=w?g(be,Ee):f;return se.width=be,se.height=Ee,se.getContext("2d").drawImage(L,0,0,be,Ee),tt("WebGLRenderer: Texture has been resized from ("+le.width+"x"+le.height+") to ("+be+"x"+Ee+")."),se}else return"data"in L&&tt("WebGLRenderer: Image in DataTexture is too big ("+le.width+"x"+le.height+")."),L;return L}function M(L){return L.generateMipmaps}function y(L){n.generateMipmap(L)}function T(L){return L.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:L.isWebGL3DRenderTarget?n.TEXTURE_3D:L.isWebGLArrayRenderTarget||L.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function b(L,w,Y,pe,le,be=!1){if(L!==null){if(n[L]!==void 0)return n[L];tt("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+L+"'")}let Ee;pe&&(Ee=e.get("EXT_texture_norm16"),Ee||tt("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let se=w;if(w===n.RED&&(Y===n.FLOAT&&(se=n.R32F),Y===n.HALF_FLOAT&&(se=n.R16F),Y===n.UNSIGNED_BYTE&&(se=n.R8),Y===n.UNSIGNED_SHORT&&Ee&&(se=Ee.R16_EXT),Y===n.SHORT&&Ee&&(se=Ee.R16_SNORM_EXT)),w===n.RED_INTEGER&&(Y===n.UNSIGNED_BYTE&&(se=n.R8UI),Y===n.UNSIGNED_SHORT&&(se=n.R16UI),Y===n.UNSIGNED_INT&&(se=n.R32UI),Y===n.BYTE&&(se=n.R8I),Y===n.SHORT&&(se=n.R16I),Y===n.INT&&(se=n.R32I)),w===n.RG&&(Y===n.FLOAT&&(se=n.RG32F),Y===n.HALF_FLOAT&&(se=n.RG16F),Y===n.UNSIGNED_BYTE&&(se=n.RG8),Y===n.UNSIGNED_SHORT&&Ee&&(se=Ee.RG16_EXT),Y===n.SHORT&&Ee&&(se=Ee.RG16_SNORM_EXT)),w===n.RG_INTEGER&&(Y===n.UNSIGNED_BYTE&&(se=n.RG8UI),Y===n.UNSIGNED_SHORT&&(se=n.RG16UI),Y===n.UNSIGNED_INT&&(se=n.RG32UI),Y===n.BYTE&&(se=n.RG8I),Y===n.SHORT&&(se=n.RG16I),Y===n.INT&&(se=n.RG32I)),w===n.RGB_INTEGER&&(Y===n.UNSIGNED_BYTE&&(se=n.RGB8UI),Y===n.UNSIGNED_SHORT&&(se=n.RGB16UI),Y===n.UNSIGNED_INT&&(se=n.RGB32UI),Y===n.BYTE&&(se=n.RGB8I),Y===n.SHORT&&(se=n.RGB16I),Y===n.INT&&(se=n.RGB32I)),w===n.RGBA_INTEGER&&(Y===n.UNSIGNED_BYTE&&(se=n.RGBA8UI),Y===n.UNSIGNED_SHORT&&(se=n.RGBA16UI),Y===n.UNSIGNED_INT&&(se=n.RGBA32UI),Y===n.BYTE&&(se=n.RGBA8I),Y===n.SHORT&&(se=n.RGBA16I),Y===n.INT&&(se=n.RGBA32I)),w===n.RGB&&(Y===n.UNSIGNED_SHORT&&Ee&&(se=Ee.RGB16_EXT),Y===n.SHORT&&Ee&&(se=Ee.RGB16_SNORM_EXT),Y===n.UNSIGNED_INT_5_9_9_9_REV&&(se=n.RGB9_E5),Y===n.UNSIGNED_INT_10F_11F_11F_REV&&(se=n.R11F_G11F_B10F)),w===n.RGBA){const oe=be?Ic:Dt.getTransfer(le);Y===n.FLOAT&&(se=n.RGBA32F),Y===n.HALF_FLOAT&&(se=n.RGBA16F),Y===n.UNSIGNED_BYTE&&(se=oe===jt?n.SRGB8_ALPHA8:n.RGBA8),Y===n.UNSIGNED_SHORT&&Ee&&(se=Ee.RGBA16_EXT),Y===n.SHORT&&Ee&&(se=Ee.RGBA16_SNORM_EXT),Y===n.UNSIGNED_SHORT_4_4_4_4&&(se=n.RGBA4),Y===n.UNSIGNED_SHORT_5_5_5_1&&(se=n.RGB5_A1)}return(se===n.R16F||se===n.R32F||se===n.RG16F||se===n.RG32F||se===n.RGBA16F||se===n.RGBA32F)&&e.get("EXT_color_buffer_float"),se}function _(L,w){let Y;return L?w===null||w===Us||w===$o?Y=n.DEPTH24_STENCIL8:w===Ji?Y=n.DEPTH32F_STENCIL8:w===Qa&&(Y=n.DEPTH24_STENCIL8,tt("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):w===null||w===Us||w===$o?Y=n.DEPTH_COMPONENT24:w===Ji?Y=n.DEPTH_COMPONENT32F:w===Qa&&(Y=n.DEPTH_COMPONENT16),Y}function E(L,w){return M(L)===!0||L.isFramebufferTexture&&L.minFilter!==Dn&&L.minFilter!==Kn?Math.log2(Math.max(w.width,w.height))+1:L.mipmaps.length>0?L.mipmaps.length:L.isCompressedTexture&&Array.isArray(L.image)?w.mipmaps.length:1}function U(L){const w=new WeakRef(L);i.get(L).__ref=w,p.add(w),x.register(L,w,w)}function I(L){const w=i.get(L).__ref;w!==void 0&&(p.delete(w),x.unregister(w))}function D(L){W(L.target)}function O(L){N(L.target)}function W(L){L.removeEventListener("dispose",D),I(L),$(L),L.isVideoTexture&&u.delete(L),L.isHTMLTexture&&h.delete(L)}function N(L){L.removeEventListener("dispose",O),I(L),ue(L)}function z(){for(const L of p){const w=L.deref();w!==void 0&&(w.isRenderTarget===!0?N(w):W(w))}p.clear(),h.clear()}function $(L){const w=i.get(L);if(w.__webglInit===void 0)return;const Y=L.source,pe=d.get(Y);if(pe){const le=pe[w.__cacheKey];le.usedTimes--,le.usedTimes===0&&H(L),Object.keys(pe).length===0&&d.delete(Y)}i.remove(L)}function H(L){const w=i.get(L);n.deleteTexture(w.__webglTexture);const Y=L.source,pe=d.get(Y);delete pe[w.__cacheKey],o.memory.textures--}function ue(L){const w=i.get(L);w.__depthDisposeCallback&&w.__depthDisposeCallback();const Y=L.depthTexture;if(Y&&Y.renderTarget===L&&W(Y),L.isWebGLCubeRenderTarget)for(let le=0;le<6;le++){if(Array.isArray(w.__webglFramebuffer[le]))for(let be=0;be<w.__webglFramebuffer[le].length;be++)n.deleteFramebuffer(w.__webglFramebuffer[le][be]);else n.deleteFramebuffer(w.__webglFramebuffer[le]);w.__webglDepthbuffer&&n.deleteRenderbuffer(w.__webglDepthbuffer[le])}else{if(Array.isArray(w.__webglFramebuffer))for(let le=0;le<w.__webglFramebuffer.length;le++)n.deleteFramebuffer(w.__webglFramebuffer[le]);else n.deleteFramebuffer(w.__webglFramebuffer);if(w.__webglDepthbuffer&&n.deleteRenderbuffer(w.__webglDepthbuffer),w.__webglMultisampledFramebuffer&&n.deleteFramebuffer(w.__webglMultisampledFramebuffer),w.__webglColorRenderbuffer)for(let le=0;le<w.__webglColorRenderbuffer.length;le++)w.__webglColorRenderbuffer[le]&&n.deleteRenderbuffer(w.__webglColorRenderbuffer[le]);w.__webglDepthRenderbuffer&&n.deleteRenderbuffer(w.__webglDepthRenderbuffer)}const pe=L.textures;for(let le=0,be=pe.length;le<be;le++){const Ee=i.get(pe[le]);Ee.__webglTexture&&(n.deleteTexture(Ee.__webglTexture),o.memory.textures--),i.remove(pe[le])}i.remove(L)}let J=0;function ee(){J=0}function re(){return J}function xe(L){J=L}function _e(){const L=J;return L>=s.maxTextures&&tt("WebGLTextures: Trying to use "+(L+1)+" texture units while this GPU supports only "+s.maxTextures),J+=1,L}function te(L){const w=[];return w.push(L.wrapS),w.push(L.wrapT),w.push(L.wrapR||0),w.push(L.magFilter),w.push(L.minFilter),w.push(L.anisotropy),w.push(L.internalFormat),w.push(L.format),w.push(L.type),w.push(L.generateMipmaps),w.push(L.mipmapsAutoUpdate),w.push(L.premultiplyAlpha),w.push(L.flipY),w.push(L.unpackAlignment),w.push(L.colorSpace),w.join()}function Me(L,w){const Y=i.get(L);if(L.isVideoTexture&&Lt(L),L.isRenderTargetTexture===!1&&L.isExternalTexture!==!0&&L.version>0&&Y.__version!==L.version){const pe=L.image;if(pe===null)tt("WebGLRenderer: Texture marked for update but no image data found.");else if(pe.complete===!1)tt("WebGLRenderer: Texture marked for update but image is incomplete");else{Kt(Y,L,w);return}}else L.isExternalTexture&&(Y.__webglTexture=L.sourceTexture?L.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,Y.__webglTexture,n.TEXTURE0+w)}function Ae(L,w){const Y=i.get(L);if(L.isRenderTargetTexture===!1&&L.version>0&&Y.__version!==L.version){Kt(Y,L,w);return}else L.isExternalTexture&&(Y.__webglTexture=L.sourceTexture?L.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,Y.__webglTexture,n.TEXTURE0+w)}function ge(L,w){const Y=i.get(L);if(L.isRenderTargetTexture===!1&&L.version>0&&Y.__version!==L.version){Kt(Y,L,w);return}t.bindTexture(n.TEXTURE_3D,Y.__webglTexture,n.TEXTURE0+w)}function Pe(L,w){const Y=i.get(L);if(L.version>0&&Y.__version!==L.version){xt(Y,L,w);return}t.bindTexture(n.TEXTURE_CUBE_MAP,Y.__webglTexture,n.TEXTURE0+w)}const Qe={[Yo]:n.REPEAT,[Ds]:n.CLAMP_TO_EDGE,[Cc]:n.MIRRORED_REPEAT},dt={[Dn]:n.NEAREST,[f0]:n.NEAREST_MIPMAP_NEAREST,[Ua]:n.NEAREST_MIPMAP_LINEAR,[Kn]:n.LINEAR,[xc]:n.LINEAR_MIPMAP_NEAREST,[Ls]:n.LINEAR_MIPMAP_LINEAR},Ke={[VS]:n.NEVER,[b0]:n.ALWAYS,[GS]:n.LESS,[y0]:n.LEQUAL,[WS]:n.EQUAL,[S0]:n.GEQUAL,[XS]:n.GREATER,[qS]:n.NOTEQUAL};function bt(L,w){if(w.type===Ji&&e.has("OES_texture_float_linear")===!1&&(w.magFilter===Kn||w.magFilter===xc||w.magFilter===Ua||w.magFilter===Ls||w.minFilter===Kn||w.minFilter===xc||w.minFilter===Ua||w.minFilter===Ls)&&tt("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(L,n.TEXTURE_WRAP_S,Qe[w.wrapS]),n.texParameteri(L,n.TEXTURE_WRAP_T,Qe[w.wrapT]),(L===n.TEXTURE_3D||L===n.TEXTURE_2D_ARRAY)&&n.texParameteri(L,n.TEXTURE_WRAP_R,Qe[w.wrapR]),n.texParameteri(L,n.TEXTURE_MAG_FILTER,dt[w.magFilter]),n.texParameteri(L,n.TEXTURE_MIN_FILTER,dt[w.minFilter]),w.compareFunction&&(n.texParameteri(L,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(L,n.TEXTURE_COMPARE_FUNC,Ke[w.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(w.magFilter===Dn||w.minFilter!==Ua&&w.minFilter!==Ls||w.type===Ji&&e.has("OES_texture_float_linear")===!1)return;if(w.anisotropy>1||i.get(w).__currentAnisotropy){const Y=e.get("EXT_texture_filter_anisotropic");n.texParameterf(L,Y.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(w.anisotropy,s.getMaxAnisotropy())),i.get(w).__currentAnisotropy=w.anisotropy}}}function St(L,w){let Y=!1;L.__webglInit===void 0&&(L.__webglInit=!0,w.addEventListener("dispose",D),U(w));const pe=w.source;let le=d.get(pe);le===void 0&&(le={},d.set(pe,le));const be=te(w);if(be!==L.__cacheKey){le[be]===void 0&&(le[be]={texture:n.createTexture(),usedTimes:0},o.memory.textures++,Y=!0),le[be].usedTimes++;const Ee=le[L.__cacheKey];Ee!==void 0&&(le[L.__cacheKey].usedTimes--,Ee.usedTimes===0&&H(w)),L.__cacheKey=be,L.__webglTexture=le[be].texture}return Y}function ut(L,w,Y){return Math.floor(Math.floor(L/Y)/w)}function sn(L,w,Y,pe){const be=L.updateRanges;if(be.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,w.width,w.height,Y,pe,w.data);else{be.sort((B,ae)=>B.start-ae.start);let Ee=0;for(let B=1;B<be.length;B++){const ae=be[Ee],ie=be[B],we=ae.start+ae.count,ye=ut(ie.start,w.width,4),Ce=ut(ae.start,w.width,4);ie.start<=we+1&&ye===Ce&&ut(ie.start+ie.count-1,w.width,4)===ye?ae.count=Math.max(ae.count,ie.start+ie.count-ae.start):(++Ee,be[Ee]=ie)}be.length=Ee+1;const se=t.getParameter(n.UNPACK_ROW_LENGTH),oe=t.getParameter(n.UNPACK_SKIP_PIXELS),ve=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,w.width);for(let B=0,ae=be.length;B<ae;B++){const ie=be[B],we=Math.floor(ie.start/4),ye=Math.ceil(ie.count/4),Ce=we%w.width,je=Math.floor(we/w.width),ot=ye,de=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,Ce),t.pixelStorei(n.UNPACK_SKIP_ROWS,je),t.texSubImage2D(n.TEXTURE_2D,0,Ce,je,ot,de,Y,pe,w.data)}L.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,se),t.pixelStorei(n.UNPACK_SKIP_PIXELS,oe),t.pixelStorei(n.UNPACK_SKIP_ROWS,ve)}}function Kt(L,w,Y){let pe=n.TEXTURE_2D;(w.isDataArrayTexture||w.isCompressedArrayTexture)&&(pe=n.TEXTURE_2D_ARRAY),w.isData3DTexture&&(pe=n.TEXTURE_3D);const le=St(L,w),be=w.source;t.bindTexture(pe,L.__webglTexture,n.TEXTURE0+Y);const Ee=i.get(be);if(be.version!==Ee.__version||le===!0){if(t.activeTexture(n.TEXTURE0+Y),(typeof ImageBitmap<"u"&&w.image instanceof ImageBitmap)===!1){const de=Dt.getPrimaries(Dt.workingColorSpace),Ge=w.colorSpace===Rr?null:Dt.getPrimaries(w.colorSpace),it=w.colorSpace===Rr||de===Ge?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,w.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,w.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,it)}t.pixelStorei(n.UNPACK_ALIGNMENT,w.unpackAlignment);let oe=v(w.image,!1,s.maxTextureSize);oe=ze(w,oe);const ve=r.convert(w.format,w.colorSpace),B=r.convert(w.type);let ae=b(w.internalFormat,ve,B,w.normalized,w.colorSpace,w.isVideoTexture);bt(pe,w);let ie;const we=w.mipmaps,ye=w.isVideoTexture!==!0,Ce=Ee.__version===void 0||le===!0,je=be.dataReady,ot=E(w,oe);if(w.isDepthTexture)ae=_(w.format===Cr,w.type),Ce&&(ye?t.texStorage2D(n.TEXTURE_2D,1,ae,oe.width,oe.height):t.texImage2D(n.TEXTURE_2D,0,ae,oe.width,oe.height,0,ve,B,null));else if(w.isDataTexture)if(we.length>0){ye&&Ce&&t.texStorage2D(n.TEXTURE_2D,ot,ae,we[0].width,we[0].height);for(let de=0,Ge=we.length;de<Ge;de++)ie=we[de],ye?je&&t.texSubImage2D(n.TEXTURE_2D,de,0,0,ie.width,ie.height,ve,B,ie.data):t.texImage2D(n.TEXTURE_2D,de,ae,ie.width,ie.height,0,ve,B,ie.data);w.generateMipmaps=!1}else ye?(Ce&&t.texStorage2D(n.TEXTURE_2D,ot,ae,oe.width,oe.height),je&&sn(w,oe,ve,B)):t.texImage2D(n.TEXTURE_2D,0,ae,oe.width,oe.height,0,ve,B,oe.data);else if(w.isCompressedTexture)if(w.isCompressedArrayTexture){ye&&Ce&&t.texStorage3D(n.TEXTURE_2D_ARRAY,ot,ae,we[0].width,we[0].height,oe.depth);for(let de=0,Ge=we.length;de<Ge;de++)if(ie=we[de],w.format!==Oi)if(ve!==null)if(ye){if(je)if(w.layerUpdates.size>0){const it=Om(ie.width,ie.height,w.format,w.type);for(const Ie of w.layerUpdates){const st=ie.data.subarray(Ie*it/ie.data.BYTES_PER_ELEMENT,(Ie+1)*it/ie.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,de,0,0,Ie,ie.width,ie.height,1,ve,st)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,de,0,0,0,ie.width,ie.height,oe.depth,ve,ie.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,de,ae,ie.width,ie.height,oe.depth,0,ie.data,0,0);else tt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ye?je&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,de,0,0,0,ie.width,ie.height,oe.depth,ve,B,ie.data):t.texImage3D(n.TEXTURE_2D_ARRAY,de,ae,ie.width,ie.height,oe.depth,0,ve,B,ie.data);w.layerUpdates.size>0&&w.clearLayerUpdates()}else{ye&&Ce&&t.texStorage2D(n.TEXTURE_2D,ot,ae,we[0].width,we[0].height);for(let de=0,Ge=we.length;de<Ge;de++)ie=we[de],w.format!==Oi?ve!==null?ye?je&&t.compressedTexSubImage2D(n.TEXTURE_2D,de,0,0,ie.width,ie.height,ve,ie.data):t.compressedTexImage2D(n.TEXTURE_2D,de,ae,ie.width,ie.height,0,ie.data):tt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ye?je&&t.texSubImage2D(n.TEXTURE_2D,de,0,0,ie.width,ie.height,ve,B,ie.data):t.texImage2D(n.TEXTURE_2D,de,ae,ie.width,ie.height,0,ve,B,ie.data)}else if(w.isDataArrayTexture)if(ye){if(Ce&&t.texStorage3D(n.TEXTURE_2D_ARRAY,ot,ae,oe.width,oe.height,oe.depth),je)if(w.layerUpdates.size>0){const de=Om(oe.width,oe.height,w.format,w.type);for(const Ge of w.layerUpdates){const it=oe.data.subarray(Ge*de/oe.data.BYTES_PER_ELEMENT,(Ge+1)*de/oe.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Ge,oe.width,oe.height,1,ve,B,it)}w.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,oe.width,oe.height,oe.depth,ve,B,oe.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,ae,oe.width,oe.height,oe.depth,0,ve,B,oe.data);else if(w.isData3DTexture)ye?(Ce&&t.texStorage3D(n.TEXTURE_3D,ot,ae,oe.width,oe.height,oe.depth),je&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,oe.width,oe.height,oe.depth,ve,B,oe.data)):t.texImage3D(n.TEXTURE_3D,0,ae,oe.width,oe.height,oe.depth,0,ve,B,oe.data);else if(w.isFramebufferTexture){if(Ce)if(ye)t.texStorage2D(n.TEXTURE_2D,ot,ae,oe.width,oe.height);else{let de=oe.width,Ge=oe.height;for(let it=0;it<ot;it++)t.texImage2D(n.TEXTURE_2D,it,ae,de,Ge,0,ve,B,null),de>>=1,Ge>>=1}}else if(w.isHTMLTexture){if("texElementImage2D"in n){const de=n.canvas;if(de.hasAttribute("layoutsubtree")||de.setAttribute("layoutsubtree","true"),oe.parentNode!==de){de.appendChild(oe),h.add(w),de.onpaint=Ge=>{const it=Ge.changedElements;for(const Ie of h)it.includes(Ie.image)&&(Ie.needsUpdate=!0)},de.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,oe);else{const it=n.RGBA,Ie=n.RGBA,st=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,it,Ie,st,oe)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(we.length>0){if(ye&&Ce){const de=Ze(we[0]);t.texStorage2D(n.TEXTURE_2D,ot,ae,de.width,de.height)}for(let de=0,Ge=we.length;de<Ge;de++)ie=we[de],ye?je&&t.texSubImage2D(n.TEXTURE_2D,de,0,0,ve,B,ie):t.texImage2D(n.TEXTURE_2D,de,ae,ve,B,ie);w.generateMipmaps=!1}else if(ye){if(Ce){const de=Ze(oe);t.texStorage2D(n.TEXTURE_2D,ot,ae,de.width,de.height)}je&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,ve,B,oe)}else t.texImage2D(n.TEXTURE_2D,0,ae,ve,B,oe);M(w)&&w.mipmapsAutoUpdate===!0&&y(pe),Ee.__version=be.version,w.onUpdate&&w.onUpdate(w)}L.__version=w.version}function xt(L,w,Y){if(w.image.length!==6)return;const pe=St(L,w),le=w.source;t.bindTexture(n.TEXTURE_CUBE_MAP,L.__webglTexture,n.TEXTURE0+Y);const be=i.get(le);if(le.version!==be.__version||pe===!0){t.activeTexture(n.TEXTURE0+Y);const Ee=Dt.getPrimaries(Dt.workingColorSpace),se=w.colorSpace===Rr?null:Dt.getPrimaries(w.colorSpace),oe=w.colorSpace===Rr||Ee===se?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,w.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,w.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,w.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,oe);const ve=w.isCompressedTexture||w.image[0].isCompressedTexture,B=w.image[0]&&w.image[0].isDataTexture,ae=[];for(let Ie=0;Ie<6;Ie++)!ve&&!B?ae[Ie]=v(w.image[Ie],!0,s.maxCubemapSize):ae[Ie]=B?w.image[Ie].image:w.image[Ie],ae[Ie]=ze(w,ae[Ie]);const ie=ae[0],we=r.convert(w.format,w.colorSpace),ye=r.convert(w.type);let Ce=b(w.internalFormat,we,ye,w.normalized,w.colorSpace);const je=w.isVideoTexture!==!0,ot=be.__version===void 0||pe===!0,de=le.dataReady;let Ge=E(w,ie);bt(n.TEXTURE_CUBE_MAP,w);let it;if(w.isDepthTexture){if(Ce=_(w.format===Cr,w.type),ot)if(je)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,Ce,ie.width,ie.height);else for(let Ie=0;Ie<6;Ie++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,0,Ce,ie.width,ie.height,0,we,ye,null)}else if(ve){je&&ot&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Ge,Ce,ie.width,ie.height);for(let Ie=0;Ie<6;Ie++){it=ae[Ie].mipmaps;for(let st=0;st<it.length;st++){const Ot=it[st];w.format!==Oi?we!==null?je?de&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st,0,0,Ot.width,Ot.height,we,Ot.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st,Ce,Ot.width,Ot.height,0,Ot.data):tt("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):je?de&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st,0,0,Ot.width,Ot.height,we,ye,Ot.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st,Ce,Ot.width,Ot.height,0,we,ye,Ot.data)}}}else{if(it=w.mipmaps,je&&ot){it.length>0&&Ge++;const Ie=Ze(ae[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Ge,Ce,Ie.width,Ie.height)}for(let Ie=0;Ie<6;Ie++)if(B){je?de&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,0,0,0,ae[Ie].width,ae[Ie].height,we,ye,ae[Ie].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,0,Ce,ae[Ie].width,ae[Ie].height,0,we,ye,ae[Ie].data);for(let st=0;st<it.length;st++){const Pn=it[st].image[Ie].image;je?de&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st+1,0,0,Pn.width,Pn.height,we,ye,Pn.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st+1,Ce,Pn.width,Pn.height,0,we,ye,Pn.data)}}else{je?de&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,0,0,0,we,ye,ae[Ie]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,0,Ce,we,ye,ae[Ie]);for(let st=0;st<it.length;st++){const Ot=it[st];je?de&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st+1,0,0,we,ye,Ot.image[Ie]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+Ie,st+1,Ce,we,ye,Ot.image[Ie])}}}M(w)&&w.mipmapsAutoUpdate===!0&&y(n.TEXTURE_CUBE_MAP),be.__version=le.version,w.onUpdate&&w.onUpdate(w)}L.__version=w.version}function Ut(L,w,Y,pe,le,be){const Ee=r.convert(Y.format,Y.colorSpace),se=r.convert(Y.type),oe=b(Y.internalFormat,Ee,se,Y.normalized,Y.colorSpace),ve=i.get(w),B=i.get(Y);if(B.__renderTarget=w,!ve.__hasExternalTextures){const ae=Math.max(1,w.width>>be),ie=Math.max(1,w.height>>be);le===n.TEXTURE_3D||le===n.TEXTURE_2D_ARRAY?t.texImage3D(le,be,oe,ae,ie,w.depth,0,Ee,se,null):t.texImage2D(le,be,oe,ae,ie,0,Ee,se,null)}t.bindFramebuffer(n.FRAMEBUFFER,L),Re(w)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,pe,le,B.__webglTexture,0,ht(w)):(le===n.TEXTURE_2D||le>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&le<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,pe,le,B.__webglTexture,be),t.bindFramebuffer(n.FRAMEBUFFER,null)}function Mt(L,w,Y){if(n.bindRenderbuffer(n.RENDERBUFFER,L),w.depthBuffer){const pe=w.depthTexture,le=pe&&pe.isDepthTexture?pe.type:null,be=_(w.stencilBuffer,le),Ee=w.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;Re(w)?a.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,ht(w),be,w.width,w.height):Y?n.renderbufferStorageMultisample(n.RENDERBUFFER,ht(w),be,w.width,w.height):n.renderbufferStorage(n.RENDERBUFFER,be,w.width,w.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,Ee,n.RENDERBUFFER,L)}else{const pe=w.textures;for(let le=0;le<pe.length;le++){const be=pe[le],Ee=r.convert(be.format,be.colorSpace),se=r.convert(be.type),oe=b(be.internalFormat,Ee,se,be.normalized,be.colorSpace);Re(w)?a.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,ht(w),oe,w.width,w.height):Y?n.renderbufferStorageMultisample(n.RENDERBUFFER,ht(w),oe,w.width,w.height):n.renderbufferStorage(n.RENDERBUFFER,oe,w.width,w.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function Ct(L,w,Y){const pe=w.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,L),!(w.depthTexture&&w.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");const le=i.get(w.depthTexture);le.__renderTarget=w;const be=pe?w.depthTexture.image[0]:w.depthTexture.image;(!le.__webglTexture||be.width!==w.width||be.height!==w.height)&&(be.width=w.width,be.height=w.height,w.depthTexture.needsUpdate=!0),pe?Pe(w.depthTexture,0):Me(w.depthTexture,0);const Ee=le.__webglTexture,se=ht(w),oe=pe?n.TEXTURE_CUBE_MAP_POSITIVE_X+Y:n.TEXTURE_2D,ve=w.depthTexture.format===Cr?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(w.depthTexture.format===Ir)Re(w)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,ve,oe,Ee,0,se):n.framebufferTexture2D(n.FRAMEBUFFER,ve,oe,Ee,0);else if(w.depthTexture.format===Cr)Re(w)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,ve,oe,Ee,0,se):n.framebufferTexture2D(n.FRAMEBUFFER,ve,oe,Ee,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function qt(L){const w=i.get(L),Y=L.isWebGLCubeRenderTarget===!0;if(w.__boundDepthTexture!==L.depthTexture){const pe=L.depthTexture;if(w.__depthDisposeCallback&&w.__depthDisposeCallback(),pe){const le=()=>{delete w.__boundDepthTexture,delete w.__depthDisposeCallback,pe.removeEventListener("dispose",le)};pe.addEventListener("dispose",le),w.__depthDisposeCallback=le}w.__boundDepthTexture=pe}if(L.depthTexture&&!w.__autoAllocateDepthBuffer)if(Y)for(let pe=0;pe<6;pe++)Ct(w.__webglFramebuffer[pe],L,pe);else L.texture.mipmaps.length>0?Ct(w.__webglFramebuffer[0],L,0):Ct(w.__webglFramebuffer,L,0);else if(Y){w.__webglDepthbuffer=[];for(let pe=0;pe<6;pe++)if(t.bindFramebuffer(n.FRAMEBUFFER,w.__webglFramebuffer[pe]),w.__webglDepthbuffer[pe]===void 0)w.__webglDepthbuffer[pe]=n.createRenderbuffer(),Mt(w.__webglDepthbuffer[pe],L,!1);else{const le=L.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,be=w.__webglDepthbuffer[pe];n.bindRenderbuffer(n.RENDERBUFFER,be),n.framebufferRenderbuffer(n.FRAMEBUFFER,le,n.RENDERBUFFER,be)}}else if(L.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,w.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,w.__webglFramebuffer),w.__webglDepthbuffer===void 0)w.__webglDepthbuffer=n.createRenderbuffer(),Mt(w.__webglDepthbuffer,L,!1);else{const le=L.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,be=w.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,be),n.framebufferRenderbuffer(n.FRAMEBUFFER,le,n.RENDERBUFFER,be)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function Zt(L,w,Y){const pe=i.get(L);w!==void 0&&Ut(pe.__webglFramebuffer,L,L.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),Y!==void 0&&qt(L)}function dn(L){const w=L.texture,Y=i.get(L),pe=i.get(w);L.addEventListener("dispose",O),U(L);const le=L.textures,be=L.isWebGLCubeRenderTarget===!0,Ee=le.length>1;if(Ee||(pe.__webglTexture===void 0&&(pe.__webglTexture=n.createTexture()),pe.__version=w.version,o.memory.textures++),be){Y.__webglFramebuffer=[];for(let se=0;se<6;se++)if(w.mipmaps.length>0){Y.__webglFramebuffer[se]=[];for(let oe=0;oe<w.mipmaps.length;oe++)Y.__webglFramebuffer[se][oe]=n.createFramebuffer()}else Y.__webglFramebuffer[se]=n.createFramebuffer()}else{if(w.mipmaps.length>0){Y.__webglFramebuffer=[];for(let se=0;se<w.mipmaps.length;se++)Y.__webglFramebuffer[se]=n.createFramebuffer()}else Y.__webglFramebuffer=n.createFramebuffer();if(Ee)for(let se=0,oe=le.length;se<oe;se++){const ve=i.get(le[se]);ve.__webglTexture===void 0&&(ve.__webglTexture=n.createTexture(),o.memory.textures++)}if(L.samples>0&&Re(L)===!1){Y.__webglMultisampledFramebuffer=n.createFramebuffer(),Y.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,Y.__webglMultisampledFramebuffer);for(let se=0;se<le.length;se++){const oe=le[se];Y.__webglColorRenderbuffer[se]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,Y.__webglColorRenderbuffer[se]);const ve=r.convert(oe.format,oe.colorSpace),B=r.convert(oe.type),ae=b(oe.internalFormat,ve,B,oe.normalized,oe.colorSpace,L.isXRRenderTarget===!0),ie=ht(L);n.renderbufferStorageMultisample(n.RENDERBUFFER,ie,ae,L.width,L.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+se,n.RENDERBUFFER,Y.__webglColorRenderbuffer[se])}n.bindRenderbuffer(n.RENDERBUFFER,null),L.depthBuffer&&(Y.__webglDepthRenderbuffer=n.createRenderbuffer(),Mt(Y.__webglDepthRenderbuffer,L,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(be){t.bindTexture(n.TEXTURE_CUBE_MAP,pe.__webglTexture),bt(n.TEXTURE_CUBE_MAP,w);for(let se=0;se<6;se++)if(w.mipmaps.length>0)for(let oe=0;oe<w.mipmaps.length;oe++)Ut(Y.__webglFramebuffer[se][oe],L,w,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+se,oe);else Ut(Y.__webglFramebuffer[se],L,w,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+se,0);M(w)?y(n.TEXTURE_CUBE_MAP):w.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,w.mipmaps.length-1),t.unbindTexture()}else if(Ee){for(let se=0,oe=le.length;se<oe;se++){const ve=le[se],B=i.get(ve);let ae=n.TEXTURE_2D;(L.isWebGL3DRenderTarget||L.isWebGLArrayRenderTarget)&&(ae=L.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(ae,B.__webglTexture),bt(ae,ve),Ut(Y.__webglFramebuffer,L,ve,n.COLOR_ATTACHMENT0+se,ae,0),M(ve)&&y(ae)}t.unbindTexture()}else{let se=n.TEXTURE_2D;if((L.isWebGL3DRenderTarget||L.isWebGLArrayRenderTarget)&&(se=L.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(se,pe.__webglTexture),bt(se,w),w.mipmaps.length>0)for(let oe=0;oe<w.mipmaps.length;oe++)Ut(Y.__webglFramebuffer[oe],L,w,n.COLOR_ATTACHMENT0,se,oe);else Ut(Y.__webglFramebuffer,L,w,n.COLOR_ATTACHMENT0,se,0);M(w)?y(se):w.mipmaps.length>0&&n.texParameteri(se,n.TEXTURE_MAX_LEVEL,w.mipmaps.length-1),t.unbindTexture()}L.depthBuffer&&qt(L)}function k(L){const w=L.textures;for(let Y=0,pe=w.length;Y<pe;Y++){const le=w[Y];if(M(le)&&le.mipmapsAutoUpdate===!0){const be=T(L),Ee=i.get(le).__webglTexture;t.bindTexture(be,Ee),y(be),t.unbindTexture()}}}const Ne=[];function nt(L){if(L.samples>0){if(Re(L)===!1){const w=L.textures,Y=L.width,pe=L.height;let le=n.COLOR_BUFFER_BIT;const be=L.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,Ee=i.get(L),se=w.length>1;if(se)for(let ve=0;ve<w.length;ve++)t.bindFramebuffer(n.FRAMEBUFFER,Ee.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+ve,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,Ee.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+ve,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,Ee.__webglMultisampledFramebuffer),L.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,Ee.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,Ee.__webglFramebuffer);for(let ve=0;ve<w.length;ve++){if(L.resolveDepthBuffer&&(L.depthBuffer&&(le|=n.DEPTH_BUFFER_BIT),L.stencilBuffer&&L.resolveStencilBuffer&&(le|=n.STENCIL_BUFFER_BIT)),se){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,Ee.__webglColorRenderbuffer[ve]);const B=i.get(w[ve]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,B,0)}n.blitFramebuffer(0,0,Y,pe,0,0,Y,pe,le,n.NEAREST),l===!0&&(Ne.length=0,Ne.push(n.COLOR_ATTACHMENT0+ve),L.depthBuffer&&L.storeMultisampledDepthBuffer===!1&&Ne.push(be),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,Ne))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),se)for(let ve=0;ve<w.length;ve++){t.bindFramebuffer(n.FRAMEBUFFER,Ee.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+ve,n.RENDERBUFFER,Ee.__webglColorRenderbuffer[ve]);const B=i.get(w[ve]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,Ee.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+ve,n.TEXTURE_2D,B,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,Ee.__webglMultisampledFramebuffer)}else if(L.depthBuffer&&L.storeMultisampledDepthBuffer===!1&&l){const w=L.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[w])}}}function ht(L){return Math.min(s.maxSamples,L.samples)}function Re(L){const w=i.get(L);return L.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&w.__useRenderToTexture!==!1}function Lt(L){const w=o.render.frame;u.get(L)!==w&&(u.set(L,w),L.update())}function ze(L,w){const Y=L.colorSpace,pe=L.format,le=L.type;return L.isCompressedTexture===!0||L.isVideoTexture===!0||Y!==Mi&&Y!==Rr&&(Dt.getTransfer(Y)===jt?(pe!==Oi||le!==Ui)&&tt("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):ft("WebGLTextures: Unsupported texture color space:",Y)),w}function Ze(L){return typeof HTMLImageElement<"u"&&L instanceof HTMLImageElement?(c.width=L.naturalWidth||L.width,c.height=L.naturalHeight||L.height):typeof VideoFrame<"u"&&L instanceof VideoFrame?(c.width=L.displayWidth,c.height=L.displayHeight):(c.width=L.width,c.height=L.height),c}this.allocateTextureUnit=_e,this.resetTextureUnits=ee,this.getTextureUnits=re,this.setTextureUnits=xe,this.setTexture2D=Me,this.setTexture2DArray=Ae,this.setTexture3D=ge,this.setTextureCube=Pe,this.rebindTextures=Zt,this.setupRenderTarget=dn,this.updateRenderTargetMipmap=k,this.updateMultisampleRenderTarget=nt,this.setupDepthRenderbuffer=qt,this.setupFrameBufferTexture=Ut,this.useMultisampledRTT=Re,this.dispose=z}function _1(n,e){function t(i,s=Rr){let r;const o=Dt.getTransfer(s);if(i===Ui)return n.UNSIGNED_BYTE;if(i===id)return n.UNSIGNED_SHORT_4_4_4_4;if(i===sd)return n.UNSIGNED_SHORT_5_5_5_1;if(i===m0)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===g0)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===d0)return n.BYTE;if(i===p0)return n.SHORT;if(i===Qa)return n.UNSIGNED_SHORT;if(i===nd)return n.INT;if(i===Us)return n.UNSIGNED_INT;if(i===Ji)return n.FLOAT;if(i===Os)return n.HALF_FLOAT;if(i===_0)return n.ALPHA;if(i===x0)return n.RGB;if(i===Oi)return n.RGBA;if(i===Ir)return n.DEPTH_COMPONENT;if(i===Cr)return n.DEPTH_STENCIL;if(i===rd)return n.RED;if(i===od)return n.RED_INTEGER;if(i===to)return n.RG;if(i===ad)return n.RG_INTEGER;if(i===ld)return n.RGBA_INTEGER;if(i===vc||i===yc||i===Sc||i===bc)if(o===jt)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(i===vc)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===yc)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===Sc)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===bc)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(i===vc)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===yc)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===Sc)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===bc)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===jh||i===Jh||i===Zh||i===Qh)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(i===jh)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===Jh)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===Zh)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===Qh)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===ef||i===tf||i===nf||i===sf||i===rf||i===Dc||i===of)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(i===ef||i===tf)return o===jt?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(i===nf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(i===sf)return r.COMPRESSED_R11_EAC;if(i===rf)return r.COMPRESSED_SIGNED_R11_EAC;if(i===Dc)return r.COMPRESSED_RG11_EAC;if(i===of)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===af||i===lf||i===cf||i===uf||i===hf||i===ff||i===df||i===pf||i===mf||i===gf||i===_f||i===xf||i===vf||i===yf)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(i===af)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===lf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===cf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===uf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===hf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===ff)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===df)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===pf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===mf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===gf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===_f)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===xf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===vf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===yf)return o===jt?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===Sf||i===bf||i===Mf)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(i===Sf)return o===jt?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===bf)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Mf)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Ef||i===wf||i===Lc||i===Tf)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(i===Ef)return r.COMPRESSED_RED_RGTC1_EXT;if(i===wf)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Lc)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===Tf)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===$o?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}const x1=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,v1=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`;class y1{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){const i=new F0(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){const t=e.cameras[0].viewport,i=new ps({vertexShader:x1,fragmentShader:v1,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new ni(new Qc(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}}class S1 extends Fr{constructor(e,t){super();const i=this;let s=null,r=1,o=null,a="local-floor",l=1,c=null,u=null,h=null,f=null,d=null,p=null;const x=typeof XRWebGLBinding<"u",m=new y1,g={},v=t.getContextAttributes();let M=null,y=null;const T=[],b=[],_=new at;let E=null,U=null;const I=new xi;I.viewport=new Xt;const D=new xi;D.viewport=new Xt;const O=[I,D],W=new vM;let N=null,z=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(te){let Me=T[te];return Me===void 0&&(Me=new Iu,T[te]=Me),Me.getTargetRaySpace()},this.getControllerGrip=function(te){let Me=T[te];return Me===void 0&&(Me=new Iu,T[te]=Me),Me.getGripSpace()},this.getHand=function(te){let Me=T[te];return Me===void 0&&(Me=new Iu,T[te]=Me),Me.getHandSpace()};function $(te){const Me=b.indexOf(te.inputSource);if(Me===-1)return;const Ae=T[Me];Ae!==void 0&&(Ae.update(te.inputSource,te.frame,c||o),Ae.dispatchEvent({type:te.type,data:te.inputSource}))}function H(){s.removeEventListener("select",$),s.removeEventListener("selectstart",$),s.removeEventListener("selectend",$),s.removeEventListener("squeeze",$),s.removeEventListener("squeezestart",$),s.removeEventListener("squeezeend",$),s.removeEventListener("end",H),s.removeEventListener("inputsourceschange",ue);for(let te=0;te<T.length;te++){const Me=b[te];Me!==null&&(b[te]=null,T[te].disconnect(Me))}N=null,z=null,m.reset();for(const te in g)delete g[te];if(e.setRenderTarget(M),d=null,f=null,h=null,s=null,y=null,_e.stop(),i.isPresenting=!1,e.setPixelRatio(E),e.setSize(_.width,_.height,!1),U!==null){const te=U.camera;te.fov=U.fov,te.zoom=U.zoom,te.updateProjectionMatrix(),U=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(te){r=te,i.isPresenting===!0&&tt("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(te){a=te,i.isPresenting===!0&&tt("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(te){c=te},this.getBaseLayer=function(){return f!==null?f:d},this.getBinding=function(){return h===null&&x&&(h=new XRWebGLBinding(s,t)),h},this.getFrame=function(){return p},this.getSession=function(){return s},this.setSession=async function(te){if(s=te,s!==null){if(M=e.getRenderTarget(),s.addEventListener("select",$),s.addEventListener("selectstart",$),s.addEventListener("selectend",$),s.addEventListener("squeeze",$),s.addEventListener("squeezestart",$),s.addEventListener("squeezeend",$),s.addEventListener("end",H),s.addEventListener("inputsourceschange",ue),v.xrCompatible!==!0&&await t.makeXRCompatible(),E=e.getPixelRatio(),e.getSize(_),x&&"createProjectionLayer"in XRWebGLBinding.prototype){let Ae=null,ge=null,Pe=null;v.depth&&(Pe=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,Ae=v.stencil?Cr:Ir,ge=v.stencil?$o:Us);const Qe={colorFormat:t.RGBA8,depthFormat:Pe,scaleFactor:r};h=this.getBinding(),f=h.createProjectionLayer(Qe),s.updateRenderState({layers:[f]}),e.setPixelRatio(1),e.setSize(f.textureWidth,f.textureHeight,!1),y=new Fs(f.textureWidth,f.textureHeight,{format:Oi,type:Ui,depthTexture:new jo(f.textureWidth,f.textureHeight,ge,void 0,void 0,void 0,void 0,void 0,void 0,Ae),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}else{const Ae={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:r};d=new XRWebGLLayer(s,t,Ae),s.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),y=new Fs(d.framebufferWidth,d.framebufferHeight,{format:Oi,type:Ui,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}y.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await s.requestReferenceSpace(a),_e.setContext(s),_e.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return m.getDepthTexture()};function ue(te){for(let Me=0;Me<te.removed.length;Me++){const Ae=te.removed[Me],ge=b.indexOf(Ae);ge>=0&&(b[ge]=null,T[ge].disconnect(Ae))}for(let Me=0;Me<te.added.length;Me++){const Ae=te.added[Me];let ge=b.indexOf(Ae);if(ge===-1){for(let Qe=0;Qe<T.length;Qe++)if(Qe>=b.length){b.push(Ae),ge=Qe;break}else if(b[Qe]===null){b[Qe]=Ae,ge=Qe;break}if(ge===-1)break}const Pe=T[ge];Pe&&Pe.connect(Ae)}}function J(te,Me){Me===null?te.matrixWorld.copy(te.matrix):te.matrixWorld.multiplyMatrices(Me.matrixWorld,te.matrix),te.matrixWorldInverse.copy(te.matrixWorld).invert()}this.updateCamera=function(te){if(s===null)return;let Me=te.near,Ae=te.far;m.texture!==null&&(m.depthNear>0&&(Me=m.depthNear),m.depthFar>0&&(Ae=m.depthFar)),W.near=D.near=I.near=Me,W.far=D.far=I.far=Ae,(N!==W.near||z!==W.far)&&(s.updateRenderState({depthNear:W.near,depthFar:W.far}),N=W.near,z=W.far),W.layers.mask=te.layers.mask|6,I.layers.mask=W.layers.mask&-5,D.layers.mask=W.layers.mask&-3;const ge=te.parent,Pe=W.cameras;J(W,ge);for(let Qe=0;Qe<Pe.length;Qe++)J(Pe[Qe],ge);W.projectionMatrix.copy(I.projectionMatrix),W.projectionMatrixInverse.copy(I.projectionMatrixInverse),U===null&&te.isPerspectiveCamera&&(U={camera:te,fov:te.fov,zoom:te.zoom}),ee(te,W,ge)};function ee(te,Me,Ae){Ae===null?te.matrix.copy(Me.matrixWorld):(te.matrix.copy(Ae.matrixWorld),te.matrix.invert(),te.matrix.multiply(Me.matrixWorld)),te.matrix.decompose(te.position,te.quaternion,te.scale),te.updateMatrixWorld(!0),te.projectionMatrix.copy(Me.projectionMatrix),te.projectionMatrixInverse.copy(Me.projectionMatrixInverse),te.isPerspectiveCamera&&(te.fov=Ko*2*Math.atan(1/te.projectionMatrix.elements[5]),te.zoom=1)}this.getCamera=function(){return W},this.getFoveation=function(){if(!(f===null&&d===null))return l},this.setFoveation=function(te){l=te,f!==null&&(f.fixedFoveation=te),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=te)},this.hasDepthSensing=function(){return m.texture!==null},this.getDepthSensingMesh=function(){return m.getMesh(W)},this.getCameraTexture=function(te){return g[te]};let re=null;function xe(te,Me){if(u=Me.getViewerPose(c||o),p=Me,u!==null){const Ae=u.views;d!==null&&(e.setRenderTargetFramebuffer(y,d.framebuffer),e.setRenderTarget(y));let ge=!1;Ae.length!==W.cameras.length&&(W.cameras.length=0,ge=!0);for(let Ke=0;Ke<Ae.length;Ke++){const bt=Ae[Ke];let St=null;if(d!==null)St=d.getViewport(bt);else{const sn=h.getViewSubImage(f,bt);St=sn.viewport,Ke===0&&(e.setRenderTargetTextures(y,sn.colorTexture,sn.depthStencilTexture),e.setRenderTarget(y))}let ut=O[Ke];ut===void 0&&(ut=new xi,ut.layers.enable(Ke),ut.viewport=new Xt,O[Ke]=ut),ut.matrix.fromArray(bt.transform.matrix),ut.matrix.decompose(ut.position,ut.quaternion,ut.scale),ut.projectionMatrix.fromArray(bt.projectionMatrix),ut.projectionMatrixInverse.copy(ut.projectionMatrix).invert(),ut.viewport.set(St.x,St.y,St.width,St.height),Ke===0&&(W.matrix.copy(ut.matrix),W.matrix.decompose(W.position,W.quaternion,W.scale)),ge===!0&&W.cameras.push(ut)}const Pe=s.enabledFeatures;if(Pe&&Pe.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&x){h=i.getBinding();const Ke=h.getDepthInformation(Ae[0]);Ke&&Ke.isValid&&Ke.texture&&m.init(Ke,s.renderState)}if(Pe&&Pe.includes("camera-access")&&x){e.state.unbindTexture(),h=i.getBinding();for(let Ke=0;Ke<Ae.length;Ke++){const bt=Ae[Ke].camera;if(bt){let St=g[bt];St||(St=new F0,g[bt]=St);const ut=h.getCameraImage(bt);St.sourceTexture=ut}}}}for(let Ae=0;Ae<T.length;Ae++){const ge=b[Ae],Pe=T[Ae];ge!==null&&Pe!==void 0&&Pe.update(ge,Me,c||o)}re&&re(te,Me),Me.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:Me}),p=null}const _e=new H0;_e.setAnimationLoop(xe),this.setAnimationLoop=function(te){re=te},this.dispose=function(){}}}const b1=new mt,J0=new yt;J0.set(-1,0,0,0,1,0,0,0,1);function M1(n,e){function t(m,g){m.matrixAutoUpdate===!0&&m.updateMatrix(),g.value.copy(m.matrix)}function i(m,g){g.color.getRGB(m.fogColor.value,U0(n)),g.isFog?(m.fogNear.value=g.near,m.fogFar.value=g.far):g.isFogExp2&&(m.fogDensity.value=g.density)}function s(m,g,v,M,y){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?r(m,g):g.isMeshLambertMaterial?(r(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(r(m,g),h(m,g)):g.isMeshPhongMaterial?(r(m,g),u(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(r(m,g),f(m,g),g.isMeshPhysicalMaterial&&d(m,g,y)):g.isMeshMatcapMaterial?(r(m,g),p(m,g)):g.isMeshDepthMaterial?r(m,g):g.isMeshDistanceMaterial?(r(m,g),x(m,g)):g.isMeshNormalMaterial?r(m,g):g.isLineBasicMaterial?(o(m,g),g.isLineDashedMaterial&&a(m,g)):g.isPointsMaterial?l(m,g,v,M):g.isSpriteMaterial?c(m,g):g.isShadowMaterial?(m.color.value.copy(g.color),m.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function r(m,g){m.opacity.value=g.opacity,g.color&&m.diffuse.value.copy(g.color),g.emissive&&m.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.bumpMap&&(m.bumpMap.value=g.bumpMap,t(g.bumpMap,m.bumpMapTransform),m.bumpScale.value=g.bumpScale,g.side===bi&&(m.bumpScale.value*=-1)),g.normalMap&&(m.normalMap.value=g.normalMap,t(g.normalMap,m.normalMapTransform),m.normalScale.value.copy(g.normalScale),g.side===bi&&m.normalScale.value.negate()),g.displacementMap&&(m.displacementMap.value=g.displacementMap,t(g.displacementMap,m.displacementMapTransform),m.displacementScale.value=g.displacementScale,m.displacementBias.value=g.displacementBias),g.emissiveMap&&(m.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,m.emissiveMapTransform)),g.specularMap&&(m.specularMap.value=g.specularMap,t(g.specularMap,m.specularMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest);const v=e.get(g),M=v.envMap,y=v.envMapRotation;M&&(m.envMap.value=M,m.envMapRotation.value.setFromMatrix4(b1.makeRotationFromEuler(y)).transpose(),M.isCubeTexture&&M.isRenderTargetTexture===!1&&m.envMapRotation.value.premultiply(J0),m.reflectivity.value=g.reflectivity,m.ior.value=g.ior,m.refractionRatio.value=g.refractionRatio),g.lightMap&&(m.lightMap.value=g.lightMap,m.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,m.lightMapTransform)),g.aoMap&&(m.aoMap.value=g.aoMap,m.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,m.aoMapTransform))}function o(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform))}function a(m,g){m.dashSize.value=g.dashSize,m.totalSize.value=g.dashSize+g.gapSize,m.scale.value=g.scale}function l(m,g,v,M){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.size.value=g.size*v,m.scale.value=M*.5,g.map&&(m.map.value=g.map,t(g.map,m.uvTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function c(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.rotation.value=g.rotation,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function u(m,g){m.specular.value.copy(g.specular),m.shininess.value=Math.max(g.shininess,1e-4)}function h(m,g){g.gradientMap&&(m.gradientMap.value=g.gradientMap)}function f(m,g){m.metalness.value=g.metalness,g.metalnessMap&&(m.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,m.metalnessMapTransform)),m.roughness.value=g.roughness,g.roughnessMap&&(m.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,m.roughnessMapTransform)),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)}function d(m,g,v){m.ior.value=g.ior,g.diffuseRoughness>0&&(m.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(m.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,m.diffuseRoughnessMapTransform))),g.sheen>0&&(m.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),m.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(m.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,m.sheenColorMapTransform)),g.sheenRoughnessMap&&(m.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,m.sheenRoughnessMapTransform))),g.clearcoat>0&&(m.clearcoat.value=g.clearcoat,m.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(m.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,m.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(m.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,m.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(m.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,m.clearcoatNormalMapTransform),m.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===bi&&m.clearcoatNormalScale.value.negate())),g.dispersion>0&&(m.dispersion.value=g.dispersion),g.retroreflectivity>0&&(m.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(m.iridescence.value=g.iridescence,m.iridescenceIOR.value=g.iridescenceIOR,m.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,m.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(m.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,m.iridescenceMapTransform)),g.iridescenceThicknessMap&&(m.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,m.iridescenceThicknessMapTransform))),g.transmission>0&&(m.transmission.value=g.transmission,m.transmissionSamplerMap.value=v.texture,m.transmissionSamplerSize.value.set(v.width,v.height),g.transmissionMap&&(m.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,m.transmissionMapTransform)),m.thickness.value=g.thickness,g.thicknessMap&&(m.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,m.thicknessMapTransform)),m.attenuationDistance.value=g.attenuationDistance,m.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(m.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(m.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,m.anisotropyMapTransform))),m.specularIntensity.value=g.specularIntensity,m.specularColor.value.copy(g.specularColor),g.specularColorMap&&(m.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,m.specularColorMapTransform)),g.specularIntensityMap&&(m.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,m.specularIntensityMapTransform))}function p(m,g){g.matcap&&(m.matcap.value=g.matcap)}function x(m,g){const v=e.get(g).light;m.referencePosition.value.setFromMatrixPosition(v.matrixWorld),m.nearDistance.value=v.shadow.camera.near,m.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:s}}function E1(n,e,t,i){let s={},r={};function o(v,M){const y=M.program;i.uniformBlockBinding(v,y,s[v.id])}function a(v,M){let y=s[v.id];y===void 0&&(p(v),y=l(v),s[v.id]=y,v.addEventListener("dispose",m));const T=M.program;i.updateUBOMapping(v,T);const b=e.render.frame;r[v.id]!==b&&(c(v),r[v.id]=b)}function l(v){const M=n.createBuffer(),y=v.__size,T=v.usage;return n.bindBuffer(n.UNIFORM_BUFFER,M),n.bufferData(n.UNIFORM_BUFFER,y,T),n.bindBuffer(n.UNIFORM_BUFFER,null),M}function c(v){const M=s[v.id],y=v.uniforms,T=v.__cache;n.bindBuffer(n.UNIFORM_BUFFER,M);for(let b=0,_=y.length;b<_;b++){const E=y[b];if(Array.isArray(E))for(let U=0,I=E.length;U<I;U++)u(E[U],b,U,T);else u(E,b,0,T)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function u(v,M,y,T){if(f(v,M,y,T)===!0){const b=v.__offset,_=v.value;if(Array.isArray(_)){let E=0;for(let U=0;U<_.length;U++){const I=_[U],D=x(I,!0);h(I,v.__data,E),E+=D.storage/Float32Array.BYTES_PER_ELEMENT}}else h(_,v.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,b,v.__data)}}function h(v,M,y){typeof v=="number"||typeof v=="boolean"?M[y]=v:v.isMatrix3?(M[y]=v.elements[0],M[y+1]=v.elements[1],M[y+2]=v.elements[2],M[y+3]=0,M[y+4]=v.elements[3],M[y+5]=v.elements[4],M[y+6]=v.elements[5],M[y+7]=0,M[y+8]=v.elements[6],M[y+9]=v.elements[7],M[y+10]=v.elements[8],M[y+11]=0):ArrayBuffer.isView(v)?M.set(v.subarray(0,M.length-y),y):v.toArray(M,y)}function f(v,M,y,T){const b=v.value,_=M+"_"+y;if(Array.isArray(b)){T[_]===void 0&&(T[_]=[]);const E=T[_];let U=!1;for(let I=0;I<b.length;I++)d(b[I],E,I)===!0&&(U=!0);return U}return d(b,T,_)}function d(v,M,y){if(M[y]===void 0)return typeof v=="number"||typeof v=="boolean"?M[y]=v:ArrayBuffer.isView(v)?M[y]=v.slice():M[y]=v.clone(),!0;{const T=M[y];if(typeof v=="number"||typeof v=="boolean"){if(T!==v)return M[y]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(T.equals(v)===!1)return T.copy(v),!0}}return!1}function p(v){const M=v.uniforms;let y=0;const T=16;for(let _=0,E=M.length;_<E;_++){const U=Array.isArray(M[_])?M[_]:[M[_]];for(let I=0,D=U.length;I<D;I++){const O=U[I],W=Array.isArray(O.value)?O.value:[O.value],N=Array.isArray(M[_])||Array.isArray(O.value);let z=y;for(let H=0,ue=W.length;H<ue;H++){const J=W[H],ee=x(J,N),re=y%T,xe=re%ee.boundary,_e=re+xe;y+=xe,_e!==0&&T-_e<ee.storage&&(y+=T-_e),H===0&&(z=y),y+=ee.storage}const $=O.type==="int"?Int32Array:O.type==="uint"?Uint32Array:Float32Array;O.__data=new $((y-z)/Float32Array.BYTES_PER_ELEMENT),O.__offset=z}}const b=y%T;return b>0&&(y+=T-b),v.__size=y,v.__cache={},this}function x(v,M){const y={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(y.boundary=4,y.storage=4):v.isVector2?(y.boundary=8,y.storage=8):v.isVector3||v.isColor?(y.boundary=16,y.storage=12):v.isVector4?(y.boundary=16,y.storage=16):v.isMatrix3?(y.boundary=16,y.storage=48):v.isMatrix4?(y.boundary=16,y.storage=64):v.isTexture?tt("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(y.boundary=16,y.storage=v.byteLength):tt("WebGLRenderer: Unsupported uniform value type.",v),M===!0&&(y.boundary=16,y.storage=Math.ceil(y.storage/16)*16),y}function m(v){const M=v.target;M.removeEventListener("dispose",m),n.deleteBuffer(s[M.id]),delete s[M.id],delete r[M.id]}function g(){for(const v in s)n.deleteBuffer(s[v]);s={},r={}}return{bind:o,update:a,dispose:g}}const w1=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]);let ws=null;function T1(){return ws===null&&(ws=new gl(w1,16,16,to,Os),ws.name="DFG_LUT",ws.minFilter=Kn,ws.magFilter=Kn,ws.wrapS=Ds,ws.wrapT=Ds,ws.generateMipmaps=!1,ws.needsUpdate=!0),ws}class A1{constructor(e={}){const{canvas:t=KS(),context:i=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:f=!1,outputBufferType:d=Ui}=e;this.isWebGLRenderer=!0;let p;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=i.getContextAttributes().alpha}else p=o;const x=d,m=new Set([ld,ad,od]),g=new Set([Ui,Us,Qa,$o,id,sd]),v=new Uint32Array(4),M=new Int32Array(4),y={textures:[],min:[],max:[],resolution:[]};let T=null,b=null;const _=[],E=[];let U=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=sr,this.toneMappingExposure=1,this.transmissionResolutionScale=1;const I=this;let D=!1,O=null,W=null,N=null,z=null;this._outputColorSpace=kn;let $=0,H=0,ue=null,J=-1,ee=null;const re=new Xt,xe=new Xt;let _e=null;const te=new rt(0);let Me=0,Ae=t.width,ge=t.height,Pe=1,Qe=null,dt=null;const Ke=new Xt(0,0,Ae,ge),bt=new Xt(0,0,Ae,ge);let St=!1;const ut=new rl,sn=new md;let Kt=!1,xt=!1;const Ut=new mt,Mt=new V,Ct=new Xt,qt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0};let Zt=!1;function dn(){return ue===null?Pe:1}let k=i;function Ne(R,X){return t.getContext(R,X)}let nt,ht,Re,Lt,ze,Ze,L,w,Y,pe,le,be,Ee,se,oe,ve,B,ae,ie,we,ye,Ce,je;try{const R={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${ed}`),t.addEventListener("webglcontextlost",Ge,!1),t.addEventListener("webglcontextrestored",it,!1),t.addEventListener("webglcontextcreationerror",Ie,!1),k===null){const X="webgl2";if(k=Ne(X,R),k===null)throw Ne(X)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}ot()}catch(R){throw t.removeEventListener("webglcontextlost",Ge,!1),t.removeEventListener("webglcontextrestored",it,!1),t.removeEventListener("webglcontextcreationerror",Ie,!1),ft("WebGLRenderer: "+R.message),R}function ot(){nt=new DT(k),nt.init(),ye=new _1(k,nt),ht=new vT(k,nt,e,ye),Re=new m1(k,nt),ht.reversedDepthBuffer&&f&&Re.buffers.depth.setReversed(!0),W=k.createFramebuffer(),N=k.createFramebuffer(),z=k.createFramebuffer(),Lt=new IT(k),ze=new t1,Ze=new g1(k,nt,Re,ze,ht,ye,Lt),L=new CT(I),w=new FM(k),Ce=new _T(k,w),Y=new LT(k,w,Lt,Ce),pe=new FT(k,Y,w,Ce,Lt),ae=new NT(k,ht,Ze),oe=new yT(ze),le=new e1(I,L,nt,ht,Ce,oe),be=new M1(I,ze),Ee=new i1,se=new c1(nt),B=new gT(I,L,Re,pe,p,l),ve=new p1(I,pe,ht),je=new E1(k,Lt,ht,Re),ie=new xT(k,nt,Lt),we=new PT(k,nt,Lt),Lt.programs=le.programs,I.capabilities=ht,I.extensions=nt,I.properties=ze,I.renderLists=Ee,I.shadowMap=ve,I.state=Re,I.info=Lt}x!==Ui&&(U=new OT(x,t.width,t.height,a,s,r));const de=new S1(I,k);this.xr=de,this.getContext=function(){return k},this.getContextAttributes=function(){return k.getContextAttributes()},this.forceContextLoss=function(){const R=nt.get("WEBGL_lose_context");R&&R.loseContext()},this.forceContextRestore=function(){const R=nt.get("WEBGL_lose_context");R&&R.restoreContext()},this.getPixelRatio=function(){return Pe},this.setPixelRatio=function(R){R!==void 0&&(Pe=R,this.setSize(Ae,ge,!1))},this.getSize=function(R){return R.set(Ae,ge)},this.setSize=function(R,X,Q=!0){if(de.isPresenting){tt("WebGLRenderer: Can't change size while VR device is presenting.");return}Ae=R,ge=X,t.width=Math.floor(R*Pe),t.height=Math.floor(X*Pe),Q===!0&&(t.style.width=R+"px",t.style.height=X+"px"),U!==null&&U.setSize(t.width,t.height),this.setViewport(0,0,R,X)},this.getDrawingBufferSize=function(R){return R.set(Ae*Pe,ge*Pe).floor()},this.setDrawingBufferSize=function(R,X,Q){Ae=R,ge=X,Pe=Q,t.width=Math.floor(R*Q),t.height=Math.floor(X*Q),this.setViewport(0,0,R,X)},this.setEffects=function(R){if(x===Ui){ft("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(R){for(let X=0;X<R.length;X++)if(R[X].isOutputPass===!0){tt("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}U.setEffects(R||[])},this.getCurrentViewport=function(R){return R.copy(re)},this.getViewport=function(R){return R.copy(Ke)},this.setViewport=function(R,X,Q,K){R.isVector4?Ke.set(R.x,R.y,R.z,R.w):Ke.set(R,X,Q,K),Re.viewport(re.copy(Ke).multiplyScalar(dn()).round())},this.getScissor=function(R){return R.copy(bt)},this.setScissor=function(R,X,Q,K){R.isVector4?bt.set(R.x,R.y,R.z,R.w):bt.set(R,X,Q,K),Re.scissor(xe.copy(bt).multiplyScalar(dn()).round())},this.getScissorTest=function(){return St},this.setScissorTest=function(R){Re.setScissorTest(St=R)},this.setOpaqueSort=function(R){Qe=R},this.setTransparentSort=function(R){dt=R},this.getClearColor=function(R){return R.copy(B.getClearColor())},this.setClearColor=function(){B.setClearColor(...arguments)},this.getClearAlpha=function(){return B.getClearAlpha()},this.setClearAlpha=function(){B.setClearAlpha(...arguments)},this.clear=function(R=!0,X=!0,Q=!0){let K=0;if(R){let j=!1;if(ue!==null){const Te=ue.texture.format;j=m.has(Te)}if(j){const Te=ue.texture.type,Fe=g.has(Te),De=B.getClearColor(),Ue=B.getClearAlpha(),We=De.r,lt=De.g,Et=De.b;Fe?(v[0]=We,v[1]=lt,v[2]=Et,v[3]=Ue,k.clearBufferuiv(k.COLOR,0,v)):(M[0]=We,M[1]=lt,M[2]=Et,M[3]=Ue,k.clearBufferiv(k.COLOR,0,M))}else K|=k.COLOR_BUFFER_BIT}X&&(K|=k.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Q&&(K|=k.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),K!==0&&k.clear(K)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(R){R.setRenderer(this),O=R},this.dispose=function(){t.removeEventListener("webglcontextlost",Ge,!1),t.removeEventListener("webglcontextrestored",it,!1),t.removeEventListener("webglcontextcreationerror",Ie,!1),B.dispose(),Ee.dispose(),se.dispose(),Ze.dispose(),ze.dispose(),L.dispose(),pe.dispose(),Y.dispose(),Ce.dispose(),je.dispose(),le.dispose(),de.dispose(),de.removeEventListener("sessionstart",cr),de.removeEventListener("sessionend",Vi),wi.stop()};function Ge(R){R.preventDefault(),Nc("WebGLRenderer: Context Lost."),D=!0}function it(){Nc("WebGLRenderer: Context Restored."),D=!1;const R=Lt.autoReset,X=ve.enabled,Q=ve.autoUpdate,K=ve.needsUpdate,j=ve.type;ot(),Lt.autoReset=R,ve.enabled=X,ve.autoUpdate=Q,ve.needsUpdate=K,ve.type=j}function Ie(R){ft("WebGLRenderer: A WebGL context could not be created. Reason: ",R.statusMessage)}function st(R){const X=R.target;X.removeEventListener("dispose",st),Ot(X)}function Ot(R){Pn(R),ze.remove(R)}function Pn(R){const X=ze.get(R).programs;X!==void 0&&(X.forEach(function(Q){le.releaseProgram(Q)}),R.isShaderMaterial&&le.releaseShaderCache(R))}this.renderBufferDirect=function(R,X,Q,K,j,Te){X===null&&(X=qt);const Fe=j.isMesh&&j.matrixWorld.determinantAffine()<0,De=ur(R,X,Q,K,j);Re.setMaterial(K,Fe);let Ue=Q.index,We=1;if(K.wireframe===!0){if(Ue=Y.getWireframeAttribute(Q),Ue===void 0)return;We=2}const lt=Q.drawRange,Et=Q.attributes.position;let Xe=lt.start*We,wt=(lt.start+lt.count)*We;Te!==null&&(Xe=Math.max(Xe,Te.start*We),wt=Math.min(wt,(Te.start+Te.count)*We)),Ue!==null?(Xe=Math.max(Xe,0),wt=Math.min(wt,Ue.count)):Et!=null&&(Xe=Math.max(Xe,0),wt=Math.min(wt,Et.count));const an=wt-Xe;if(an<0||an===1/0)return;Ce.setup(j,K,De,Q,Ue);let Ht,kt=ie;if(Ue!==null&&(Ht=w.get(Ue),kt=we,kt.setIndex(Ht)),j.isMesh)K.wireframe===!0?(Re.setLineWidth(K.wireframeLinewidth*dn()),kt.setMode(k.LINES)):kt.setMode(k.TRIANGLES);else if(j.isLine){let En=K.linewidth;En===void 0&&(En=1),Re.setLineWidth(En*dn()),j.isLineSegments?kt.setMode(k.LINES):j.isLineLoop?kt.setMode(k.LINE_LOOP):kt.setMode(k.LINE_STRIP)}else j.isPoints?kt.setMode(k.POINTS):j.isSprite&&kt.setMode(k.TRIANGLES);if(j.isBatchedMesh)if(nt.get("WEBGL_multi_draw"))kt.renderMultiDraw(j._multiDrawStarts,j._multiDrawCounts,j._multiDrawCount);else{const En=j._multiDrawStarts,He=j._multiDrawCounts,ln=j._multiDrawCount,Tt=Ue?w.get(Ue).bytesPerElement:1,Ti=ze.get(K).currentProgram.getUniforms();for(let fn=0;fn<ln;fn++)Ti.setValue(k,"_gl_DrawID",fn),kt.render(En[fn]/Tt,He[fn])}else if(j.isInstancedMesh)kt.renderInstances(Xe,an,j.count);else if(Q.isInstancedBufferGeometry){const En=Q._maxInstanceCount!==void 0?Q._maxInstanceCount:1/0,He=Math.min(Q.instanceCount,En);kt.renderInstances(Xe,an,He)}else kt.render(Xe,an)};function ar(R,X,Q,K){O!==null&&R.isNodeMaterial&&O.setObject(K,R),Kt===!0&&oe.setState(R,Q,!1),R.transparent===!0&&R.side===yi&&R.forceSinglePass===!1?(R.side=bi,R.needsUpdate=!0,ai(R,X,K),R.side=Pr,R.needsUpdate=!0,ai(R,X,K),R.side=yi):ai(R,X,K)}this.compile=function(R,X,Q=null){Q===null&&(Q=R),O!==null&&O.renderStart(R,X,Q),b=se.get(Q),b.init(X),E.push(b),Q.traverseVisible(function(j){j.isLight&&j.layers.test(X.layers)&&(b.pushLight(j),j.castShadow&&b.pushShadow(j))}),R!==Q&&R.traverseVisible(function(j){j.isLight&&j.layers.test(X.layers)&&(b.pushLight(j),j.castShadow&&b.pushShadow(j))}),b.setupLights(),O!==null&&O.updateLights(b.state.lightsArray),xt=this.localClippingEnabled,Kt=oe.init(this.clippingPlanes,xt),Kt===!0&&oe.setGlobalState(this.clippingPlanes,X),O!==null&&ve.render(b.state.shadowsArray,Q,X);const K=new Set;return R.traverse(function(j){if(!(j.isMesh||j.isPoints||j.isLine||j.isSprite))return;const Te=j.material;if(Te)if(Array.isArray(Te))for(let Fe=0;Fe<Te.length;Fe++){const De=Te[Fe];ar(De,Q,X,j),K.add(De)}else ar(Te,Q,X,j),K.add(Te)}),b=E.pop(),O!==null&&O.renderEnd(),K},this.compileAsync=function(R,X,Q=null){const K=this.compile(R,X,Q);return new Promise(j=>{function Te(){if(K.forEach(function(Fe){const Ue=ze.get(Fe).currentProgram;(Ue===void 0||Ue.isReady())&&K.delete(Fe)}),K.size===0){j(R);return}setTimeout(Te,10)}nt.get("KHR_parallel_shader_compile")!==null?Te():setTimeout(Te,10)})};let lr=null;function ca(R){lr&&lr(R)}function cr(){wi.stop()}function Vi(){wi.start()}const wi=new H0;wi.setAnimationLoop(ca),typeof self<"u"&&wi.setContext(self),this.setAnimationLoop=function(R){lr=R,de.setAnimationLoop(R),R===null?wi.stop():wi.start()},de.addEventListener("sessionstart",cr),de.addEventListener("sessionend",Vi),this.render=function(R,X){if(X!==void 0&&X.isCamera!==!0){ft("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(D===!0)return;O!==null&&O.renderStart(R,X);const Q=de.enabled===!0&&de.isPresenting===!0,K=U!==null&&(ue===null||Q)&&U.begin(I,ue);if(R.matrixWorldAutoUpdate===!0&&R.updateMatrixWorld(),X.parent===null&&X.matrixWorldAutoUpdate===!0&&X.updateMatrixWorld(),de.enabled===!0&&de.isPresenting===!0&&(U===null||U.isCompositing()===!1)&&(de.cameraAutoUpdate===!0&&de.updateCamera(X),X=de.getCamera()),R.isScene===!0&&R.onBeforeRender(I,R,X,ue),b=se.get(R,E.length),b.init(X),b.state.textureUnits=Ze.getTextureUnits(),E.push(b),Ut.multiplyMatrices(X.projectionMatrix,X.matrixWorldInverse),X.isArrayCamera?sn.setFromArrayCamera(X):ut.setFromProjectionMatrix(Ut,ds,X.reversedDepth),xt=this.localClippingEnabled,Kt=oe.init(this.clippingPlanes,xt),T=Ee.get(R,_.length),T.init(),_.push(T),this.info.render.frame++,de.enabled===!0&&de.isPresenting===!0){const Fe=I.xr.getDepthSensingMesh();Fe!==null&&Qi(Fe,X,-1/0,I.sortObjects)}Qi(R,X,0,I.sortObjects),T.finish(),O!==null&&O.updateLights(b.state.lightsArray),I.sortObjects===!0&&T.sort(Qe,dt),Zt=de.enabled===!1||de.isPresenting===!1||de.hasDepthSensing()===!1,Zt&&B.addToRenderList(T,R),this.info.autoReset===!0&&this.info.reset(),Kt===!0&&oe.beginShadows();const j=b.state.shadowsArray;if(ve.render(j,R,X),Kt===!0&&oe.endShadows(),(K&&U.hasRenderPass())===!1){const Fe=T.opaque,De=T.transmissive;if(b.setupLights(),X.isArrayCamera){const Ue=X.cameras;if(De.length>0)for(let We=0,lt=Ue.length;We<lt;We++){const Et=Ue[We];Jn(Fe,De,R,Et)}Zt&&B.render(R);for(let We=0,lt=Ue.length;We<lt;We++){const Et=Ue[We];Or(T,R,Et,Et.viewport)}}else De.length>0&&Jn(Fe,De,R,X),Zt&&B.render(R),Or(T,R,X)}ue!==null&&H===0&&(Ze.updateMultisampleRenderTarget(ue),Ze.updateRenderTargetMipmap(ue)),K&&U.end(I),R.isScene===!0&&R.onAfterRender(I,R,X),Ce.resetDefaultState(),J=-1,ee=null,E.pop(),E.length>0?(b=E[E.length-1],Ze.setTextureUnits(b.state.textureUnits),Kt===!0&&oe.setGlobalState(I.clippingPlanes,b.state.camera)):b=null,_.pop(),_.length>0?T=_[_.length-1]:T=null,O!==null&&O.renderEnd()};function Qi(R,X,Q,K){if(R.visible===!1)return;if(R.layers.test(X.layers)){if(R.isGroup)Q=R.renderOrder;else if(R.isLOD)R.autoUpdate===!0&&R.update(X);else if(R.isLight)b.pushLight(R),R.castShadow&&b.pushShadow(R);else if(R.isSprite){const Fe=X.isArrayCamera?sn:ut;if(!R.frustumCulled||R.intersectsFrustum(Fe)){K&&Ct.setFromMatrixPosition(R.matrixWorld).applyMatrix4(Ut);const De=pe.update(R),Ue=R.material;Ue.visible&&T.push(R,De,Ue,Q,Ct.z,null,X)}}else if(R.isMesh||R.isLine||R.isPoints){const Fe=X.isArrayCamera?sn:ut;if(!R.frustumCulled||R.intersectsFrustum(Fe)){const De=pe.update(R),Ue=R.material;if(K&&(R.boundingSphere!==void 0?(R.boundingSphere===null&&R.computeBoundingSphere(),Ct.copy(R.boundingSphere.center)):(De.boundingSphere===null&&De.computeBoundingSphere(),Ct.copy(De.boundingSphere.center)),Ct.applyMatrix4(R.matrixWorld).applyMatrix4(Ut)),Array.isArray(Ue)){const We=De.groups;for(let lt=0,Et=We.length;lt<Et;lt++){const Xe=We[lt],wt=Ue[Xe.materialIndex];wt&&wt.visible&&T.push(R,De,wt,Q,Ct.z,Xe,X)}}else Ue.visible&&T.push(R,De,Ue,Q,Ct.z,null,X)}}}const Te=R.children;for(let Fe=0,De=Te.length;Fe<De;Fe++)Qi(Te[Fe],X,Q,K)}function Or(R,X,Q,K){const{opaque:j,transmissive:Te,transparent:Fe}=R;b.setupLightsView(Q),Kt===!0&&oe.setGlobalState(I.clippingPlanes,Q),K&&Re.viewport(re.copy(K)),j.length>0&&hn(j,X,Q),Te.length>0&&hn(Te,X,Q),Fe.length>0&&hn(Fe,X,Q),Re.buffers.depth.setTest(!0),Re.buffers.depth.setMask(!0),Re.buffers.color.setMask(!0),Re.setPolygonOffset(!1)}function Jn(R,X,Q,K){if((Q.isScene===!0?Q.overrideMaterial:null)!==null)return;if(b.state.transmissionRenderTarget[K.id]===void 0){const Xe=nt.has("EXT_color_buffer_half_float")||nt.has("EXT_color_buffer_float");b.state.transmissionRenderTarget[K.id]=new Fs(1,1,{generateMipmaps:!0,type:Xe?Os:Ui,minFilter:Ls,samples:Math.max(4,ht.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Dt.workingColorSpace})}const Te=b.state.transmissionRenderTarget[K.id],Fe=K.viewport||re;Te.setSize(Fe.z*I.transmissionResolutionScale,Fe.w*I.transmissionResolutionScale);const De=I.getRenderTarget(),Ue=I.getActiveCubeFace(),We=I.getActiveMipmapLevel();I.setRenderTarget(Te),I.getClearColor(te),Me=I.getClearAlpha(),Me<1&&I.setClearColor(16777215,.5),I.clear(),Zt&&B.render(Q);const lt=I.toneMapping;I.toneMapping=sr;const Et=K.viewport;if(K.viewport!==void 0&&(K.viewport=void 0),b.setupLightsView(K),Kt===!0&&oe.setGlobalState(I.clippingPlanes,K),hn(R,Q,K),Ze.updateMultisampleRenderTarget(Te),Ze.updateRenderTargetMipmap(Te),nt.has("WEBGL_multisampled_render_to_texture")===!1){let Xe=!1;for(let wt=0,an=X.length;wt<an;wt++){const Ht=X[wt],{object:kt,geometry:En,material:He,group:ln}=Ht;if(He.side===yi&&kt.layers.test(K.layers)){const Tt=He.side;He.side=bi,He.needsUpdate=!0,pn(kt,Q,K,En,He,ln),He.side=Tt,He.needsUpdate=!0,Xe=!0}}Xe===!0&&(Ze.updateMultisampleRenderTarget(Te),Ze.updateRenderTargetMipmap(Te))}I.setRenderTarget(De,Ue,We),I.setClearColor(te,Me),Et!==void 0&&(K.viewport=Et),I.toneMapping=lt}function hn(R,X,Q){const K=X.isScene===!0?X.overrideMaterial:null;for(let j=0,Te=R.length;j<Te;j++){const Fe=R[j],{object:De,geometry:Ue,group:We}=Fe;let lt=Fe.material;lt.allowOverride===!0&&K!==null&&(lt=K),De.layers.test(Q.layers)&&pn(De,X,Q,Ue,lt,We)}}function pn(R,X,Q,K,j,Te){O!==null&&j.isNodeMaterial&&O.setObject(R,j),R.onBeforeRender(I,X,Q,K,j,Te),R.modelViewMatrix.multiplyMatrices(Q.matrixWorldInverse,R.matrixWorld),R.normalMatrix.getNormalMatrix(R.modelViewMatrix),j.onBeforeRender(I,X,Q,K,R,Te),j.transparent===!0&&j.side===yi&&j.forceSinglePass===!1?(j.side=bi,j.needsUpdate=!0,I.renderBufferDirect(Q,X,K,j,R,Te),j.side=Pr,j.needsUpdate=!0,I.renderBufferDirect(Q,X,K,j,R,Te),j.side=yi):I.renderBufferDirect(Q,X,K,j,R,Te),R.onAfterRender(I,X,Q,K,j,Te)}function vt(R){let X=0;for(const Q of R)Q.texture!==null&&X++;return X}function ai(R,X,Q){X.isScene!==!0&&(X=qt);const K=ze.get(R),j=b.state.lights,Te=b.state.shadowsArray,Fe=j.state.version,De=le.getParameters(R,j.state,Te,X,Q,b.state.lightProbeGridArray),Ue=le.getProgramCacheKey(De);let We=K.programs;K.environment=R.isMeshStandardMaterial||R.isMeshLambertMaterial||R.isMeshPhongMaterial?X.environment:null,K.fog=X.fog;const lt=R.isMeshStandardMaterial||R.isMeshLambertMaterial&&!R.envMap||R.isMeshPhongMaterial&&!R.envMap;K.envMap=L.get(R.envMap||K.environment,lt),K.envMapRotation=K.environment!==null&&R.envMap===null?X.environmentRotation:R.envMapRotation,We===void 0&&(R.addEventListener("dispose",st),We=new Map,K.programs=We,K.programVariants=new Map);let Et=We.get(Ue);if(Et!==void 0){if(K.currentProgram===Et&&K.lightsStateVersion===Fe)return Hs(R,De),Et}else De.uniforms=le.getUniforms(R),O!==null&&R.isNodeMaterial&&O.build(R,Q,De),R.onBeforeCompile(De,I),Et=le.acquireProgram(De,Ue),We.set(Ue,Et),K.uniforms=De.uniforms;const Xe=K.uniforms;return(!R.isShaderMaterial&&!R.isRawShaderMaterial||R.clipping===!0)&&(Xe.clippingPlanes=oe.uniform),Hs(R,De),K.needsLights=_s(R),K.lightsStateVersion=Fe,K.needsLights&&(Xe.ambientLightColor.value=j.state.ambient,Xe.lightProbe.value=j.state.probe,Xe.sunLights.value=j.state.sun,Xe.sunLightShadows.value=j.state.sunShadow,Xe.directionalLights.value=j.state.directional,Xe.directionalLightShadows.value=j.state.directionalShadow,Xe.spotLights.value=j.state.spot,Xe.spotLightShadows.value=j.state.spotShadow,Xe.rectAreaLights.value=j.state.rectArea,Xe.ltc_1.value=j.state.rectAreaLTC1,Xe.ltc_2.value=j.state.rectAreaLTC2,Xe.pointLights.value=j.state.point,Xe.pointLightShadows.value=j.state.pointShadow,Xe.hemisphereLights.value=j.state.hemi,Xe.sunShadowMatrix.value=j.state.sunShadowMatrix,Xe.sunShadowCascade.value=j.state.sunShadowCascade,Xe.directionalShadowMatrix.value=j.state.directionalShadowMatrix,Xe.spotLightMatrix.value=j.state.spotLightMatrix,Xe.spotLightMap.value=j.state.spotLightMap,Xe.pointShadowMatrix.value=j.state.pointShadowMatrix),K.numLightProbeGrids=vt(b.state.lightProbeGridArray),K.currentProgram=Et,K.uniformsList=null,Et}function li(R,X,Q,K,j){const Te=ze.get(R),Fe=Te.currentProgram.id+","+K+","+j;let De=Te.programVariants.get(Fe);return De===void 0?(De=ai(R,X,Q),Te.programVariants.set(Fe,De)):(Te.currentProgram=De,Te.uniformsList=null,Te.outputColorSpace=K,Te.toneMapping=j),De}function es(R){if(R.uniformsList===null){const X=R.currentProgram.getUniforms();R.uniformsList=Mc.seqWithValue(X.seq,R.uniforms)}return R.uniformsList}function Hs(R,X){const Q=ze.get(R);Q.outputColorSpace=X.outputColorSpace,Q.batching=X.batching,Q.batchingColor=X.batchingColor,Q.instancing=X.instancing,Q.instancingColor=X.instancingColor,Q.instancingMorph=X.instancingMorph,Q.skinning=X.skinning,Q.morphTargets=X.morphTargets,Q.morphNormals=X.morphNormals,Q.morphColors=X.morphColors,Q.morphTargetsCount=X.morphTargetsCount,Q.numClippingPlanes=X.numClippingPlanes,Q.numIntersection=X.numClipIntersection,Q.vertexAlphas=X.vertexAlphas,Q.vertexTangents=X.vertexTangents,Q.toneMapping=X.toneMapping}function ur(R,X,Q,K,j){X.isScene!==!0&&(X=qt),Ze.resetTextureUnits();const Te=X.fog,Fe=K.isMeshStandardMaterial||K.isMeshLambertMaterial||K.isMeshPhongMaterial?X.environment:null,De=ue===null?I.outputColorSpace:ue.isXRRenderTarget===!0?ue.texture.colorSpace:Dt.workingColorSpace,Ue=K.isMeshStandardMaterial||K.isMeshLambertMaterial&&!K.envMap||K.isMeshPhongMaterial&&!K.envMap,We=L.get(K.envMap||Fe,Ue),lt=K.vertexColors===!0&&!!Q.attributes.color&&Q.attributes.color.itemSize===4,Et=!!Q.attributes.tangent&&(!!K.normalMap||K.anisotropy>0),Xe=!!Q.morphAttributes.position,wt=!!Q.morphAttributes.normal,an=!!Q.morphAttributes.color;let Ht=sr;K.toneMapped&&(ue===null||ue.isXRRenderTarget===!0)&&(Ht=I.toneMapping);const kt=Q.morphAttributes.position||Q.morphAttributes.normal||Q.morphAttributes.color,En=kt!==void 0?kt.length:0,He=ze.get(K),ln=b.state.lights;if(Kt===!0&&(xt===!0||R!==ee)){const Ft=R===ee&&K.id===J;oe.setState(K,R,Ft)}let Tt=!1,Ti=!1;K.version===He.__version?He.needsLights&&He.lightsStateVersion!==ln.state.version||j.isBatchedMesh&&He.batching===!1||!j.isBatchedMesh&&He.batching===!0||j.isBatchedMesh&&He.batchingColor===!0&&j._colorsTexture===null||j.isBatchedMesh&&He.batchingColor===!1&&j._colorsTexture!==null||j.isInstancedMesh&&He.instancing===!1||!j.isInstancedMesh&&He.instancing===!0||j.isSkinnedMesh&&He.skinning===!1||!j.isSkinnedMesh&&He.skinning===!0||j.isInstancedMesh&&He.instancingColor===!0&&j.instanceColor===null||j.isInstancedMesh&&He.instancingColor===!1&&j.instanceColor!==null||j.isInstancedMesh&&He.instancingMorph===!0&&j.morphTexture===null||j.isInstancedMesh&&He.instancingMorph===!1&&j.morphTexture!==null||He.envMap!==We||K.fog===!0&&He.fog!==Te||He.numClippingPlanes!==void 0&&(He.numClippingPlanes!==oe.numPlanes||He.numIntersection!==oe.numIntersection)||He.vertexAlphas!==lt||He.vertexTangents!==Et||He.morphTargets!==Xe||He.morphNormals!==wt||He.morphColors!==an||He.morphTargetsCount!==En||He.numLightProbeGrids!==vt(b.state.lightProbeGridArray)?Tt=!0:(He.outputColorSpace!==De||He.toneMapping!==Ht)&&(Ti=!0):(Tt=!0,He.__version=K.version);let fn=He.currentProgram;(Tt===!0||Ti===!0)&&(fn=Ti===!0?li(K,X,j,De,Ht):ai(K,X,j),O&&K.isNodeMaterial&&O.onUpdateProgram(K,fn,He));let ts=!1,Ai=!1,ii=!1;const pt=fn.getUniforms(),Nt=He.uniforms;if(Re.useProgram(fn.program)&&(ts=!0,Ai=!0,ii=!0),K.id!==J&&(J=K.id,Ai=!0),ts||ee!==R){Re.buffers.depth.getReversed()&&R.reversedDepth!==!0&&(R._reversedDepth=!0,R.updateProjectionMatrix()),pt.setValue(k,"projectionMatrix",R.projectionMatrix),pt.setValue(k,"viewMatrix",R.matrixWorldInverse);const vn=pt.map.cameraPosition;vn!==void 0&&vn.setValue(k,Mt.setFromMatrixPosition(R.matrixWorld)),ht.logarithmicDepthBuffer&&pt.setValue(k,"logDepthBufFC",2/(Math.log(R.far+1)/Math.LN2)),(K.isMeshPhongMaterial||K.isMeshToonMaterial||K.isMeshLambertMaterial||K.isMeshBasicMaterial||K.isMeshStandardMaterial||K.isShaderMaterial)&&pt.setValue(k,"isOrthographic",R.isOrthographicCamera===!0),ee!==R&&(ee=R,Ai=!0,ii=!0)}if(He.needsLights&&(ln.state.sunShadowMap.length>0&&pt.setValue(k,"sunShadowMap",ln.state.sunShadowMap,Ze),ln.state.directionalShadowMap.length>0&&pt.setValue(k,"directionalShadowMap",ln.state.directionalShadowMap,Ze),ln.state.spotShadowMap.length>0&&pt.setValue(k,"spotShadowMap",ln.state.spotShadowMap,Ze),ln.state.pointShadowMap.length>0&&pt.setValue(k,"pointShadowMap",ln.state.pointShadowMap,Ze)),j.isSkinnedMesh){pt.setOptional(k,j,"bindMatrix"),pt.setOptional(k,j,"bindMatrixInverse");const Ft=j.skeleton;Ft&&(Ft.boneTexture===null&&Ft.computeBoneTexture(),pt.setValue(k,"boneTexture",Ft.boneTexture,Ze))}j.isBatchedMesh&&(pt.setOptional(k,j,"batchingTexture"),pt.setValue(k,"batchingTexture",j._matricesTexture,Ze),pt.setOptional(k,j,"batchingIdTexture"),pt.setValue(k,"batchingIdTexture",j._indirectTexture,Ze),pt.setOptional(k,j,"batchingColorTexture"),j._colorsTexture!==null&&pt.setValue(k,"batchingColorTexture",j._colorsTexture,Ze));const Zn=Q.morphAttributes;if((Zn.position!==void 0||Zn.normal!==void 0||Zn.color!==void 0)&&ae.update(j,Q,fn),(Ai||He.receiveShadow!==j.receiveShadow)&&(He.receiveShadow=j.receiveShadow,pt.setValue(k,"receiveShadow",j.receiveShadow)),(K.isMeshStandardMaterial||K.isMeshLambertMaterial||K.isMeshPhongMaterial)&&K.envMap===null&&X.environment!==null&&(Nt.envMapIntensity.value=X.environmentIntensity),Nt.dfgLUT!==void 0&&(Nt.dfgLUT.value=T1()),Ai){if(pt.setValue(k,"toneMappingExposure",I.toneMappingExposure),He.needsLights&&Vs(Nt,ii),Te&&K.fog===!0&&be.refreshFogUniforms(Nt,Te),be.refreshMaterialUniforms(Nt,K,Pe,ge,b.state.transmissionRenderTarget[R.id]),He.needsLights&&He.numLightProbeGrids>0){const Ft=y;let vn=0;for(const In of b.state.lightProbeGridArray)In.texture!==null&&(Ft.textures[vn]=In.texture,Ft.min[vn]=In.boundingBox.min,Ft.max[vn]=In.boundingBox.max,Ft.resolution[vn]=In.resolution,vn++);for(const In in Ft)Ft[In].length=vn;Nt.probesSH.value=Ft.textures,Nt.probesMin.value=Ft.min,Nt.probesMax.value=Ft.max,Nt.probesResolution.value=Ft.resolution}Mc.upload(k,es(He),Nt,Ze)}if(K.isShaderMaterial&&K.uniformsNeedUpdate===!0&&(Mc.upload(k,es(He),Nt,Ze),K.uniformsNeedUpdate=!1),K.isSpriteMaterial&&pt.setValue(k,"center",j.center),pt.setValue(k,"modelViewMatrix",j.modelViewMatrix),pt.setValue(k,"normalMatrix",j.normalMatrix),pt.setValue(k,"modelMatrix",j.matrixWorld),K.uniformsGroups!==void 0){const Ft=K.uniformsGroups;for(let vn=0,In=Ft.length;vn<In;vn++){const ns=Ft[vn];je.update(ns,fn),je.bind(ns,fn)}}return fn}function Vs(R,X){R.ambientLightColor.needsUpdate=X,R.lightProbe.needsUpdate=X,R.sunLights.needsUpdate=X,R.sunLightShadows.needsUpdate=X,R.directionalLights.needsUpdate=X,R.directionalLightShadows.needsUpdate=X,R.pointLights.needsUpdate=X,R.pointLightShadows.needsUpdate=X,R.spotLights.needsUpdate=X,R.spotLightShadows.needsUpdate=X,R.rectAreaLights.needsUpdate=X,R.hemisphereLights.needsUpdate=X}function _s(R){return R.isMeshLambertMaterial||R.isMeshToonMaterial||R.isMeshPhongMaterial||R.isMeshStandardMaterial||R.isShadowMaterial||R.isShaderMaterial&&R.lights===!0}this.getActiveCubeFace=function(){return $},this.getActiveMipmapLevel=function(){return H},this.getRenderTarget=function(){return ue},this.setRenderTargetTextures=function(R,X,Q){const K=ze.get(R);K.__autoAllocateDepthBuffer=R.resolveDepthBuffer===!1,K.__autoAllocateDepthBuffer===!1&&(K.__useRenderToTexture=!1),ze.get(R.texture).__webglTexture=X,ze.get(R.depthTexture).__webglTexture=K.__autoAllocateDepthBuffer?void 0:Q,K.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(R,X){const Q=ze.get(R);Q.__webglFramebuffer=X,Q.__useDefaultFramebuffer=X===void 0},this.setRenderTarget=function(R,X=0,Q=0){ue=R,$=X,H=Q;let K=null,j=!1,Te=!1;if(R){const De=ze.get(R);if(De.__useDefaultFramebuffer!==void 0){Re.bindFramebuffer(k.FRAMEBUFFER,De.__webglFramebuffer),re.copy(R.viewport),xe.copy(R.scissor),_e=R.scissorTest,Re.viewport(re),Re.scissor(xe),Re.setScissorTest(_e),J=-1;return}else if(De.__webglFramebuffer===void 0)Ze.setupRenderTarget(R);else if(De.__hasExternalTextures)Ze.rebindTextures(R,ze.get(R.texture).__webglTexture,ze.get(R.depthTexture).__webglTexture);else if(R.depthBuffer){const lt=R.depthTexture;if(De.__boundDepthTexture!==lt){if(lt!==null&&ze.has(lt)&&(R.width!==lt.image.width||R.height!==lt.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ze.setupDepthRenderbuffer(R)}}const Ue=R.texture;(Ue.isData3DTexture||Ue.isDataArrayTexture||Ue.isCompressedArrayTexture)&&(Te=!0);const We=ze.get(R).__webglFramebuffer;R.isWebGLCubeRenderTarget?(Array.isArray(We[X])?K=We[X][Q]:K=We[X],j=!0):R.samples>0&&Ze.useMultisampledRTT(R)===!1?K=ze.get(R).__webglMultisampledFramebuffer:Array.isArray(We)?K=We[Q]:K=We,re.copy(R.viewport),xe.copy(R.scissor),_e=R.scissorTest}else re.copy(Ke).multiplyScalar(Pe).floor(),xe.copy(bt).multiplyScalar(Pe).floor(),_e=St;if(Q!==0&&(K=W),Re.bindFramebuffer(k.FRAMEBUFFER,K)&&Re.drawBuffers(R,K),Re.viewport(re),Re.scissor(xe),Re.setScissorTest(_e),j){const De=ze.get(R.texture);k.framebufferTexture2D(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_CUBE_MAP_POSITIVE_X+X,De.__webglTexture,Q)}else if(Te){const De=X;for(let Ue=0;Ue<R.textures.length;Ue++){const We=ze.get(R.textures[Ue]);k.framebufferTextureLayer(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0+Ue,We.__webglTexture,Q,De)}}else if(R!==null&&Q!==0){const De=ze.get(R.texture);k.framebufferTexture2D(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,De.__webglTexture,Q)}J=-1};function hr(R){const X=ze.get(R);return(X.__readFormat!==R.format||X.__readType!==R.type)&&(X.__readFormat=R.format,X.__readType=R.type,X.__formatReadable=ht.textureFormatReadable(R.format),X.__typeReadable=ht.textureTypeReadable(R.type)),X}this.readRenderTargetPixels=function(R,X,Q,K,j,Te,Fe,De=0){if(!(R&&R.isWebGLRenderTarget)){ft("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Ue=ze.get(R).__webglFramebuffer;if(R.isWebGLCubeRenderTarget&&Fe!==void 0&&(Ue=Ue[Fe],Array.isArray(Ue)&&(Ue=Ue[0])),Ue){Re.bindFramebuffer(k.FRAMEBUFFER,Ue);try{const We=R.textures[De],lt=We.format,Et=We.type;R.textures.length>1&&k.readBuffer(k.COLOR_ATTACHMENT0+De);const Xe=hr(We);if(Xe.__formatReadable===!1){ft("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Xe.__typeReadable===!1){ft("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}X>=0&&X<=R.width-K&&Q>=0&&Q<=R.height-j&&k.readPixels(X,Q,K,j,ye.convert(lt),ye.convert(Et),Te)}finally{const We=ue!==null?ze.get(ue).__webglFramebuffer:null;Re.bindFramebuffer(k.FRAMEBUFFER,We)}}},this.readRenderTargetPixelsAsync=async function(R,X,Q,K,j,Te,Fe,De=0){if(!(R&&R.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Ue=ze.get(R).__webglFramebuffer;if(R.isWebGLCubeRenderTarget&&Fe!==void 0&&(Ue=Ue[Fe],Array.isArray(Ue)&&(Ue=Ue[0])),Ue)if(X>=0&&X<=R.width-K&&Q>=0&&Q<=R.height-j){Re.bindFramebuffer(k.FRAMEBUFFER,Ue);const We=R.textures[De],lt=We.format,Et=We.type;R.textures.length>1&&k.readBuffer(k.COLOR_ATTACHMENT0+De);const Xe=hr(We);if(Xe.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Xe.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");const wt=k.createBuffer();k.bindBuffer(k.PIXEL_PACK_BUFFER,wt),k.bufferData(k.PIXEL_PACK_BUFFER,Te.byteLength,k.STREAM_READ),k.readPixels(X,Q,K,j,ye.convert(lt),ye.convert(Et),0),k.bindBuffer(k.PIXEL_PACK_BUFFER,null);const an=ue!==null?ze.get(ue).__webglFramebuffer:null;Re.bindFramebuffer(k.FRAMEBUFFER,an);const Ht=k.fenceSync(k.SYNC_GPU_COMMANDS_COMPLETE,0);return k.flush(),await jS(k,Ht,4),k.bindBuffer(k.PIXEL_PACK_BUFFER,wt),k.getBufferSubData(k.PIXEL_PACK_BUFFER,0,Te),k.bindBuffer(k.PIXEL_PACK_BUFFER,null),k.deleteBuffer(wt),k.deleteSync(Ht),Te}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(R,X=null,Q=0){const K=Math.pow(2,-Q),j=Math.floor(R.image.width*K),Te=Math.floor(R.image.height*K),Fe=X!==null?X.x:0,De=X!==null?X.y:0;Ze.setTexture2D(R,0),k.copyTexSubImage2D(k.TEXTURE_2D,Q,0,0,Fe,De,j,Te),Re.unbindTexture()},this.copyTextureToTexture=function(R,X,Q=null,K=null,j=0,Te=0){let Fe,De,Ue,We,lt,Et,Xe,wt,an;const Ht=R.isCompressedTexture?R.mipmaps[Te]:R.image;if(Q!==null)Fe=Q.max.x-Q.min.x,De=Q.max.y-Q.min.y,Ue=Q.isBox3?Q.max.z-Q.min.z:1,We=Q.min.x,lt=Q.min.y,Et=Q.isBox3?Q.min.z:0;else{const pt=Math.pow(2,-j);Fe=Math.floor(Ht.width*pt),De=Math.floor(Ht.height*pt),R.isDataArrayTexture?Ue=Ht.depth:R.isData3DTexture?Ue=Math.floor(Ht.depth*pt):Ue=1,We=0,lt=0,Et=0}K!==null?(Xe=K.x,wt=K.y,an=K.z):(Xe=0,wt=0,an=0);const kt=ye.convert(X.format),En=ye.convert(X.type);let He;X.isData3DTexture?(Ze.setTexture3D(X,0),He=k.TEXTURE_3D):X.isDataArrayTexture||X.isCompressedArrayTexture?(Ze.setTexture2DArray(X,0),He=k.TEXTURE_2D_ARRAY):(Ze.setTexture2D(X,0),He=k.TEXTURE_2D),Re.activeTexture(k.TEXTURE0),Re.pixelStorei(k.UNPACK_FLIP_Y_WEBGL,X.flipY),Re.pixelStorei(k.UNPACK_PREMULTIPLY_ALPHA_WEBGL,X.premultiplyAlpha),Re.pixelStorei(k.UNPACK_ALIGNMENT,X.unpackAlignment);const ln=Re.getParameter(k.UNPACK_ROW_LENGTH),Tt=Re.getParameter(k.UNPACK_IMAGE_HEIGHT),Ti=Re.getParameter(k.UNPACK_SKIP_PIXELS),fn=Re.getParameter(k.UNPACK_SKIP_ROWS),ts=Re.getParameter(k.UNPACK_SKIP_IMAGES);Re.pixelStorei(k.UNPACK_ROW_LENGTH,Ht.width),Re.pixelStorei(k.UNPACK_IMAGE_HEIGHT,Ht.height),Re.pixelStorei(k.UNPACK_SKIP_PIXELS,We),Re.pixelStorei(k.UNPACK_SKIP_ROWS,lt),Re.pixelStorei(k.UNPACK_SKIP_IMAGES,Et);const Ai=R.isDataArrayTexture||R.isData3DTexture,ii=X.isDataArrayTexture||X.isData3DTexture;if(R.isDepthTexture){const pt=ze.get(R),Nt=ze.get(X),Zn=ze.get(pt.__renderTarget),Ft=ze.get(Nt.__renderTarget);Re.bindFramebuffer(k.READ_FRAMEBUFFER,Zn.__webglFramebuffer),Re.bindFramebuffer(k.DRAW_FRAMEBUFFER,Ft.__webglFramebuffer);for(let vn=0;vn<Ue;vn++)Ai&&(k.framebufferTextureLayer(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,ze.get(R).__webglTexture,j,Et+vn),k.framebufferTextureLayer(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,ze.get(X).__webglTexture,Te,an+vn)),k.blitFramebuffer(We,lt,We+Fe,lt+De,Xe,wt,Xe+Fe,wt+De,k.DEPTH_BUFFER_BIT,k.NEAREST);Re.bindFramebuffer(k.READ_FRAMEBUFFER,null),Re.bindFramebuffer(k.DRAW_FRAMEBUFFER,null)}else if(j!==0||R.isRenderTargetTexture||ze.has(R)){const pt=ze.get(R),Nt=ze.get(X);Re.bindFramebuffer(k.READ_FRAMEBUFFER,N),Re.bindFramebuffer(k.DRAW_FRAMEBUFFER,z);for(let Zn=0;Zn<Ue;Zn++)Ai?k.framebufferTextureLayer(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,pt.__webglTexture,j,Et+Zn):k.framebufferTexture2D(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,pt.__webglTexture,j),ii?k.framebufferTextureLayer(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,Nt.__webglTexture,Te,an+Zn):k.framebufferTexture2D(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,Nt.__webglTexture,Te),j!==0?k.blitFramebuffer(We,lt,We+Fe,lt+De,Xe,wt,Xe+Fe,wt+De,k.COLOR_BUFFER_BIT,k.NEAREST):ii?k.copyTexSubImage3D(He,Te,Xe,wt,an+Zn,We,lt,Fe,De):k.copyTexSubImage2D(He,Te,Xe,wt,We,lt,Fe,De);Re.bindFramebuffer(k.READ_FRAMEBUFFER,null),Re.bindFramebuffer(k.DRAW_FRAMEBUFFER,null)}else ii?R.isDataTexture||R.isData3DTexture?k.texSubImage3D(He,Te,Xe,wt,an,Fe,De,Ue,kt,En,Ht.data):X.isCompressedArrayTexture?k.compressedTexSubImage3D(He,Te,Xe,wt,an,Fe,De,Ue,kt,Ht.data):k.texSubImage3D(He,Te,Xe,wt,an,Fe,De,Ue,kt,En,Ht):R.isDataTexture?k.texSubImage2D(k.TEXTURE_2D,Te,Xe,wt,Fe,De,kt,En,Ht.data):R.isCompressedTexture?k.compressedTexSubImage2D(k.TEXTURE_2D,Te,Xe,wt,Ht.width,Ht.height,kt,Ht.data):k.texSubImage2D(k.TEXTURE_2D,Te,Xe,wt,Fe,De,kt,En,Ht);Re.pixelStorei(k.UNPACK_ROW_LENGTH,ln),Re.pixelStorei(k.UNPACK_IMAGE_HEIGHT,Tt),Re.pixelStorei(k.UNPACK_SKIP_PIXELS,Ti),Re.pixelStorei(k.UNPACK_SKIP_ROWS,fn),Re.pixelStorei(k.UNPACK_SKIP_IMAGES,ts),Te===0&&X.generateMipmaps===!0&&X.mipmapsAutoUpdate===!0&&k.generateMipmap(He),Re.unbindTexture()},this.initRenderTarget=function(R){ze.get(R).__webglFramebuffer===void 0&&Ze.setupRenderTarget(R)},this.initTexture=function(R){R.isCubeTexture?Ze.setTextureCube(R,0):R.isData3DTexture?Ze.setTexture3D(R,0):R.isDataArrayTexture||R.isCompressedArrayTexture?Ze.setTexture2DArray(R,0):Ze.setTexture2D(R,0),Re.unbindTexture()},this.resetState=function(){$=0,H=0,ue=null,Re.reset(),Ce.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return ds}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;const t=this.getContext();t.drawingBufferColorSpace=Dt._getDrawingBufferColorSpace(e),t.unpackColorSpace=Dt._getUnpackColorSpace()}}function rg(n,e){if(e===kS)return console.warn("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Geometry already defined as triangles."),n;if(e===Af||e===v0){let t=n.getIndex();if(t===null){const r=[],o=n.getAttribute("position");if(o!==void 0){for(let a=0;a<o.count;a++)r.push(a);n.setIndex(r),t=n.getIndex()}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Undefined position attribute. Processing not possible."),n}const i=t.count-2,s=[];if(e===Af)for(let r=1;r<=i;r++)s.push(t.getX(0)),s.push(t.getX(r)),s.push(t.getX(r+1));else for(let r=0;r<i;r++)r%2===0?(s.push(t.getX(r)),s.push(t.getX(r+1)),s.push(t.getX(r+2))):(s.push(t.getX(r+2)),s.push(t.getX(r+1)),s.push(t.getX(r)));return s.length/3!==i&&console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unable to generate correct amount of triangles."),n.setIndex(s),n.clearGroups(),n}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unknown draw mode:",e),n}function R1(n){const e=new Map,t=new Map,i=n.clone();return Z0(n,i,function(s,r){e.set(r,s),t.set(s,r)}),i.traverse(function(s){if(!s.isSkinnedMesh)return;const r=s,o=e.get(s),a=o.skeleton.bones;r.skeleton=o.skeleton.clone(),r.bindMatrix.copy(o.bindMatrix),r.skeleton.bones=a.map(function(l){return t.get(l)}),r.bind(r.skeleton,r.bindMatrix)}),i}function Z0(n,e,t){t(n,e);for(let i=0;i<n.children.length;i++)Z0(n.children[i],e.children[i],t)}class C1 extends Ur{constructor(e){super(e),this.dracoLoader=null,this.ktx2Loader=null,this.meshoptDecoder=null,this.pluginCallbacks=[],this.register(function(t){return new N1(t)}),this.register(function(t){return new F1(t)}),this.register(function(t){return new U1(t)}),this.register(function(t){return new X1(t)}),this.register(function(t){return new q1(t)}),this.register(function(t){return new Y1(t)}),this.register(function(t){return new k1(t)}),this.register(function(t){return new B1(t)}),this.register(function(t){return new z1(t)}),this.register(function(t){return new H1(t)}),this.register(function(t){return new I1(t)}),this.register(function(t){return new V1(t)}),this.register(function(t){return new O1(t)}),this.register(function(t){return new W1(t)}),this.register(function(t){return new G1(t)}),this.register(function(t){return new L1(t)}),this.register(function(t){return new og(t,Rt.EXT_MESHOPT_COMPRESSION)}),this.register(function(t){return new og(t,Rt.KHR_MESHOPT_COMPRESSION)}),this.register(function(t){return new $1(t)})}load(e,t,i,s){const r=this;let o;if(this.resourcePath!=="")o=this.resourcePath;else if(this.path!==""){const c=$a.extractUrlBase(e);o=$a.resolveURL(c,this.path)}else o=$a.extractUrlBase(e);this.manager.itemStart(e);const a=function(c){s?s(c):console.error(c),r.manager.itemError(e),r.manager.itemEnd(e)},l=new eu(this.manager);l.setPriority(this.priority),l.setCache(this.cache),l.setPath(this.path),l.setResponseType("arraybuffer"),l.setRequestHeader(this.requestHeader),l.setWithCredentials(this.withCredentials),l.load(e,function(c){try{r.parse(c,o,function(u){t(u),r.manager.itemEnd(e)},a)}catch(u){a(u)}},i,a)}setDRACOLoader(e){return this.dracoLoader=e,this}setKTX2Loader(e){return this.ktx2Loader=e,this}setMeshoptDecoder(e){return this.meshoptDecoder=e,this}register(e){return this.pluginCallbacks.indexOf(e)===-1&&this.pluginCallbacks.push(e),this}unregister(e){return this.pluginCallbacks.indexOf(e)!==-1&&this.pluginCallbacks.splice(this.pluginCallbacks.indexOf(e),1),this}parse(e,t,i,s){let r;const o={},a={},l=new TextDecoder;if(typeof e=="string")r=JSON.parse(e);else if(e instanceof ArrayBuffer)if(l.decode(new Uint8Array(e,0,4))===Q0){try{o[Rt.KHR_BINARY_GLTF]=new K1(e)}catch(h){s&&s(h);return}r=JSON.parse(o[Rt.KHR_BINARY_GLTF].content)}else r=JSON.parse(l.decode(e));else r=e;if(r.asset===void 0||r.asset.version[0]<2){s&&s(new Error("THREE.GLTFLoader: Unsupported asset. glTF versions >=2.0 are supported."));return}const c=new lR(r,{path:t||this.resourcePath||"",crossOrigin:this.crossOrigin,priority:this.priority,cache:this.cache,withCredentials:this.withCredentials,requestHeader:this.requestHeader,manager:this.manager,ktx2Loader:this.ktx2Loader,meshoptDecoder:this.meshoptDecoder});c.fileLoader.setRequestHeader(this.requestHeader);for(let u=0;u<this.pluginCallbacks.length;u++){const h=this.pluginCallbacks[u](c);h.name||console.error("THREE.GLTFLoader: Invalid plugin found: missing name"),a[h.name]=h,o[h.name]=!0}if(r.extensionsUsed)for(let u=0;u<r.extensionsUsed.length;++u){const h=r.extensionsUsed[u],f=r.extensionsRequired||[];switch(h){case Rt.KHR_MATERIALS_UNLIT:o[h]=new P1;break;case Rt.KHR_DRACO_MESH_COMPRESSION:o[h]=new j1(r,this.dracoLoader);break;case Rt.KHR_TEXTURE_TRANSFORM:o[h]=new J1;break;case Rt.KHR_MESH_QUANTIZATION:o[h]=new Z1;break;default:f.indexOf(h)>=0&&a[h]===void 0&&console.warn('THREE.GLTFLoader: Unknown extension "'+h+'".')}}c.setExtensions(o),c.setPlugins(a),c.parse(i,s)}parseAsync(e,t){const i=this;return new Promise(function(s,r){i.parse(e,t,s,r)})}}function D1(){let n={};return{get:function(e){return n[e]},add:function(e,t){n[e]=t},remove:function(e){delete n[e]},removeAll:function(){n={}}}}function _n(n,e,t){const i=n.json.materials[e];return i.extensions&&i.extensions[t]?i.extensions[t]:null}const Rt={KHR_BINARY_GLTF:"KHR_binary_glTF",KHR_DRACO_MESH_COMPRESSION:"KHR_draco_mesh_compression",KHR_LIGHTS_PUNCTUAL:"KHR_lights_punctual",KHR_MATERIALS_CLEARCOAT:"KHR_materials_clearcoat",KHR_MATERIALS_DIFFUSE_ROUGHNESS:"KHR_materials_diffuse_roughness",KHR_MATERIALS_DISPERSION:"KHR_materials_dispersion",KHR_MATERIALS_IOR:"KHR_materials_ior",KHR_MATERIALS_SHEEN:"KHR_materials_sheen",KHR_MATERIALS_SPECULAR:"KHR_materials_specular",KHR_MATERIALS_TRANSMISSION:"KHR_materials_transmission",KHR_MATERIALS_IRIDESCENCE:"KHR_materials_iridescence",KHR_MATERIALS_ANISOTROPY:"KHR_materials_anisotropy",KHR_MATERIALS_UNLIT:"KHR_materials_unlit",KHR_MATERIALS_VOLUME:"KHR_materials_volume",KHR_TEXTURE_BASISU:"KHR_texture_basisu",KHR_TEXTURE_TRANSFORM:"KHR_texture_transform",KHR_MESH_QUANTIZATION:"KHR_mesh_quantization",KHR_MATERIALS_EMISSIVE_STRENGTH:"KHR_materials_emissive_strength",EXT_MATERIALS_BUMP:"EXT_materials_bump",EXT_TEXTURE_WEBP:"EXT_texture_webp",EXT_TEXTURE_AVIF:"EXT_texture_avif",EXT_MESHOPT_COMPRESSION:"EXT_meshopt_compression",KHR_MESHOPT_COMPRESSION:"KHR_meshopt_compression",EXT_MESH_GPU_INSTANCING:"EXT_mesh_gpu_instancing"};class L1{constructor(e){this.parser=e,this.name=Rt.KHR_LIGHTS_PUNCTUAL,this.cache={refs:{},uses:{}}}_markDefs(){const e=this.parser,t=this.parser.json.nodes||[];for(let i=0,s=t.length;i<s;i++){const r=t[i];r.extensions&&r.extensions[this.name]&&r.extensions[this.name].light!==void 0&&e._addNodeRef(this.cache,r.extensions[this.name].light)}}_loadLight(e){const t=this.parser,i="light:"+e;let s=t.cache.get(i);if(s)return s;const r=t.json,l=((r.extensions&&r.extensions[this.name]||{}).lights||[])[e];let c;const u=new rt(16777215);l.color!==void 0&&u.setRGB(l.color[0],l.color[1],l.color[2],Mi);const h=l.range!==void 0?l.range:0;switch(l.type){case"directional":c=new z0(u),c.target.position.set(0,0,-1),c.add(c.target);break;case"point":c=new pM(u),c.distance=h;break;case"spot":c=new fM(u),c.distance=h,l.spot=l.spot||{},l.spot.innerConeAngle=l.spot.innerConeAngle!==void 0?l.spot.innerConeAngle:0,l.spot.outerConeAngle=l.spot.outerConeAngle!==void 0?l.spot.outerConeAngle:Math.PI/4,c.angle=l.spot.outerConeAngle,c.penumbra=1-l.spot.innerConeAngle/l.spot.outerConeAngle,c.target.position.set(0,0,-1),c.add(c.target);break;default:throw new Error("THREE.GLTFLoader: Unexpected light type: "+l.type)}return c.position.set(0,0,0),Rs(c,l),l.intensity!==void 0&&(c.intensity=l.intensity),c.name=t.createUniqueName(l.name||"light_"+e),s=Promise.resolve(c),t.cache.add(i,s),s}getDependency(e,t){if(e==="light")return this._loadLight(t)}createNodeAttachment(e){const t=this,i=this.parser,r=i.json.nodes[e],a=(r.extensions&&r.extensions[this.name]||{}).light;return a===void 0?null:this._loadLight(a).then(function(l){return i._getNodeRef(t.cache,a,l)})}}class P1{constructor(){this.name=Rt.KHR_MATERIALS_UNLIT}getMaterialType(){return Dr}extendParams(e,t,i){const s=[];e.color=new rt(1,1,1),e.opacity=1;const r=t.pbrMetallicRoughness;if(r){if(Array.isArray(r.baseColorFactor)){const o=r.baseColorFactor;e.color.setRGB(o[0],o[1],o[2],Mi),e.opacity=o[3]}r.baseColorTexture!==void 0&&s.push(i.assignTexture(e,"map",r.baseColorTexture,kn))}return Promise.all(s)}}class I1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_EMISSIVE_STRENGTH}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);return i===null||i.emissiveStrength!==void 0&&(t.emissiveIntensity=i.emissiveStrength),Promise.resolve()}}class N1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_CLEARCOAT}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];if(i.clearcoatFactor!==void 0&&(t.clearcoat=i.clearcoatFactor),i.clearcoatTexture!==void 0&&s.push(this.parser.assignTexture(t,"clearcoatMap",i.clearcoatTexture)),i.clearcoatRoughnessFactor!==void 0&&(t.clearcoatRoughness=i.clearcoatRoughnessFactor),i.clearcoatRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"clearcoatRoughnessMap",i.clearcoatRoughnessTexture)),i.clearcoatNormalTexture!==void 0&&(s.push(this.parser.assignTexture(t,"clearcoatNormalMap",i.clearcoatNormalTexture)),i.clearcoatNormalTexture.scale!==void 0)){const r=i.clearcoatNormalTexture.scale;t.clearcoatNormalScale=new at(r,r)}return Promise.all(s)}}class F1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_DIFFUSE_ROUGHNESS}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];return t.diffuseRoughness=i.diffuseRoughnessFactor!==void 0?i.diffuseRoughnessFactor:0,i.diffuseRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"diffuseRoughnessMap",i.diffuseRoughnessTexture)),Promise.all(s)}}class U1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_DISPERSION}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);return i===null||(t.dispersion=i.dispersion!==void 0?i.dispersion:0),Promise.resolve()}}class O1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_IRIDESCENCE}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];return i.iridescenceFactor!==void 0&&(t.iridescence=i.iridescenceFactor),i.iridescenceTexture!==void 0&&s.push(this.parser.assignTexture(t,"iridescenceMap",i.iridescenceTexture)),i.iridescenceIor!==void 0&&(t.iridescenceIOR=i.iridescenceIor),i.iridescenceThicknessMinimum!==void 0&&(t.iridescenceThicknessMinimum=i.iridescenceThicknessMinimum),i.iridescenceThicknessMaximum!==void 0&&(t.iridescenceThicknessMaximum=i.iridescenceThicknessMaximum),i.iridescenceThicknessTexture!==void 0&&s.push(this.parser.assignTexture(t,"iridescenceThicknessMap",i.iridescenceThicknessTexture)),Promise.all(s)}}class k1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_SHEEN}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];if(t.sheenColor=new rt(0,0,0),t.sheenRoughness=0,t.sheen=1,i.sheenColorFactor!==void 0){const r=i.sheenColorFactor;t.sheenColor.setRGB(r[0],r[1],r[2],Mi)}return i.sheenRoughnessFactor!==void 0&&(t.sheenRoughness=i.sheenRoughnessFactor),i.sheenColorTexture!==void 0&&s.push(this.parser.assignTexture(t,"sheenColorMap",i.sheenColorTexture,kn)),i.sheenRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"sheenRoughnessMap",i.sheenRoughnessTexture)),Promise.all(s)}}class B1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_TRANSMISSION}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];return i.transmissionFactor!==void 0&&(t.transmission=i.transmissionFactor),i.transmissionTexture!==void 0&&s.push(this.parser.assignTexture(t,"transmissionMap",i.transmissionTexture)),Promise.all(s)}}class z1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_VOLUME}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];t.thickness=i.thicknessFactor!==void 0?i.thicknessFactor:0,i.thicknessTexture!==void 0&&s.push(this.parser.assignTexture(t,"thicknessMap",i.thicknessTexture)),t.attenuationDistance=i.attenuationDistance||1/0;const r=i.attenuationColor||[1,1,1];return t.attenuationColor=new rt().setRGB(r[0],r[1],r[2],Mi),Promise.all(s)}}class H1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_IOR}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);return i===null||(t.ior=i.ior!==void 0?i.ior:1.5,t.ior===0&&(t.ior=1e3)),Promise.resolve()}}class V1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_SPECULAR}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];t.specularIntensity=i.specularFactor!==void 0?i.specularFactor:1,i.specularTexture!==void 0&&s.push(this.parser.assignTexture(t,"specularIntensityMap",i.specularTexture));const r=i.specularColorFactor||[1,1,1];return t.specularColor=new rt().setRGB(r[0],r[1],r[2],Mi),i.specularColorTexture!==void 0&&s.push(this.parser.assignTexture(t,"specularColorMap",i.specularColorTexture,kn)),Promise.all(s)}}class G1{constructor(e){this.parser=e,this.name=Rt.EXT_MATERIALS_BUMP}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];return t.bumpScale=i.bumpFactor!==void 0?i.bumpFactor:1,i.bumpTexture!==void 0&&s.push(this.parser.assignTexture(t,"bumpMap",i.bumpTexture)),Promise.all(s)}}class W1{constructor(e){this.parser=e,this.name=Rt.KHR_MATERIALS_ANISOTROPY}getMaterialType(e){return _n(this.parser,e,this.name)!==null?ms:null}extendMaterialParams(e,t){const i=_n(this.parser,e,this.name);if(i===null)return Promise.resolve();const s=[];return i.anisotropyStrength!==void 0&&(t.anisotropy=i.anisotropyStrength),i.anisotropyRotation!==void 0&&(t.anisotropyRotation=i.anisotropyRotation),i.anisotropyTexture!==void 0&&s.push(this.parser.assignTexture(t,"anisotropyMap",i.anisotropyTexture)),Promise.all(s)}}class X1{constructor(e){this.parser=e,this.name=Rt.KHR_TEXTURE_BASISU}loadTexture(e){const t=this.parser,i=t.json,s=i.textures[e];if(!s.extensions||!s.extensions[this.name])return null;const r=s.extensions[this.name],o=t.options.ktx2Loader;if(!o){if(i.extensionsRequired&&i.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setKTX2Loader must be called before loading KTX2 textures");return null}return t.loadTextureImage(e,r.source,o)}}class q1{constructor(e){this.parser=e,this.name=Rt.EXT_TEXTURE_WEBP}loadTexture(e){const t=this.name,i=this.parser,s=i.json,r=s.textures[e];if(!r.extensions||!r.extensions[t])return null;const o=r.extensions[t],a=s.images[o.source];let l=i.textureLoader;if(a.uri){const c=i.options.manager.getHandler(a.uri);c!==null&&(l=c)}return i.loadTextureImage(e,o.source,l)}}class Y1{constructor(e){this.parser=e,this.name=Rt.EXT_TEXTURE_AVIF}loadTexture(e){const t=this.name,i=this.parser,s=i.json,r=s.textures[e];if(!r.extensions||!r.extensions[t])return null;const o=r.extensions[t],a=s.images[o.source];let l=i.textureLoader;if(a.uri){const c=i.options.manager.getHandler(a.uri);c!==null&&(l=c)}return i.loadTextureImage(e,o.source,l)}}class og{constructor(e,t){this.name=t,this.parser=e}loadBufferView(e){const t=this.parser.json,i=t.bufferViews[e];if(i.extensions&&i.extensions[this.name]){const s=i.extensions[this.name],r=this.parser.getDependency("buffer",s.buffer),o=this.parser.options.meshoptDecoder;if(!o||!o.supported){if(t.extensionsRequired&&t.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setMeshoptDecoder must be called before loading compressed files");return null}return r.then(function(a){const l=s.byteOffset||0,c=s.byteLength||0,u=s.count,h=s.byteStride,f=new Uint8Array(a,l,c);return o.decodeGltfBufferAsync?o.decodeGltfBufferAsync(u,h,f,s.mode,s.filter).then(function(d){return d.buffer}):o.ready.then(function(){const d=new ArrayBuffer(u*h);return o.decodeGltfBuffer(new Uint8Array(d),u,h,f,s.mode,s.filter),d})})}else return null}}class $1{constructor(e){this.name=Rt.EXT_MESH_GPU_INSTANCING,this.parser=e}createNodeMesh(e){const t=this.parser.json,i=t.nodes[e];if(!i.extensions||!i.extensions[this.name]||i.mesh===void 0)return null;const s=t.meshes[i.mesh];for(const c of s.primitives)if(c.mode!==Ki.TRIANGLES&&c.mode!==Ki.TRIANGLE_STRIP&&c.mode!==Ki.TRIANGLE_FAN&&c.mode!==void 0)return null;const o=i.extensions[this.name].attributes,a=[],l={};for(const c in o)a.push(this.parser.getDependency("accessor",o[c]).then(u=>(l[c]=u,l[c])));return a.length<1?null:(a.push(this.parser.createNodeMesh(e)),Promise.all(a).then(c=>{const u=c.pop(),h=u.isGroup?u.children:[u],f=c[0].count,d=[];for(const p of h){const x=new mt,m=new V,g=new Zi,v=new V(1,1,1),M=new P0(p.geometry,p.material,f);for(let T=0;T<f;T++)l.TRANSLATION&&m.fromBufferAttribute(l.TRANSLATION,T),l.ROTATION&&g.fromBufferAttribute(l.ROTATION,T),l.SCALE&&v.fromBufferAttribute(l.SCALE,T),M.setMatrixAt(T,x.compose(m,g,v));let y=null;for(const T in l)if(T==="_COLOR_0"){const b=l[T];M.instanceColor=new Fc(b.array,b.itemSize,b.normalized)}else if(T!=="TRANSLATION"&&T!=="ROTATION"&&T!=="SCALE"){if(y===null){const _=M.geometry;y=new Mn,y.name=_.name;for(const E in _.attributes)y.setAttribute(E,_.attributes[E]);for(const E in _.morphAttributes)y.morphAttributes[E]=_.morphAttributes[E];_.index!==null&&y.setIndex(_.index),y.morphTargetsRelative=_.morphTargetsRelative;for(const E of _.groups)y.addGroup(E.start,E.count,E.materialIndex);_.boundingBox!==null&&(y.boundingBox=_.boundingBox.clone()),_.boundingSphere!==null&&(y.boundingSphere=_.boundingSphere.clone()),y.drawRange.start=_.drawRange.start,y.drawRange.count=_.drawRange.count,y.userData=Object.assign({},_.userData),M.geometry=y}const b=l[T];y.setAttribute(T,new Fc(b.array,b.itemSize,b.normalized))}gn.prototype.copy.call(M,p),this.parser.assignFinalMaterial(M),d.push(M)}return u.isGroup?(u.clear(),u.add(...d),u):d[0]}))}}const Q0="glTF",Aa=12,ag={JSON:1313821514,BIN:5130562};class K1{constructor(e){this.name=Rt.KHR_BINARY_GLTF,this.content=null,this.body=null;const t=new DataView(e,0,Aa),i=new TextDecoder;if(this.header={magic:i.decode(new Uint8Array(e.slice(0,4))),version:t.getUint32(4,!0),length:t.getUint32(8,!0)},this.header.magic!==Q0)throw new Error("THREE.GLTFLoader: Unsupported glTF-Binary header.");if(this.header.version<2)throw new Error("THREE.GLTFLoader: Legacy binary file detected.");const s=this.header.length-Aa,r=new DataView(e,Aa);let o=0;for(;o<s;){const a=r.getUint32(o,!0);o+=4;const l=r.getUint32(o,!0);if(o+=4,l===ag.JSON){const c=new Uint8Array(e,Aa+o,a);this.content=i.decode(c)}else if(l===ag.BIN){const c=Aa+o;this.body=e.slice(c,c+a)}o+=a}if(this.content===null)throw new Error("THREE.GLTFLoader: JSON content not found.")}}class j1{constructor(e,t){if(!t)throw new Error("THREE.GLTFLoader: No DRACOLoader instance provided.");this.name=Rt.KHR_DRACO_MESH_COMPRESSION,this.json=e,this.dracoLoader=t,this.dracoLoader.preload()}decodePrimitive(e,t){const i=this.json,s=this.dracoLoader,r=e.extensions[this.name].bufferView,o=e.extensions[this.name].attributes,a={},l={},c={};for(const u in o){const h=Nf[u]||u.toLowerCase();a[h]=o[u]}for(const u in e.attributes){const h=Nf[u]||u.toLowerCase();if(o[u]!==void 0){const f=i.accessors[e.attributes[u]],d=ko[f.componentType];c[h]=d.name,l[h]=f.normalized===!0}}return t.getDependency("bufferView",r).then(function(u){return new Promise(function(h,f){s.decodeDracoFile(u,function(d){for(const p in d.attributes){const x=d.attributes[p],m=l[p];m!==void 0&&(x.normalized=m)}h(d)},a,c,Mi,f)})})}}class J1{constructor(){this.name=Rt.KHR_TEXTURE_TRANSFORM}extendTexture(e,t){if((t.texCoord===void 0||t.texCoord===e.channel)&&t.offset===void 0&&t.rotation===void 0&&t.scale===void 0)return e;if(e=e.clone(),t.texCoord!==void 0&&(e.channel=t.texCoord),t.offset!==void 0&&e.offset.fromArray(t.offset),t.rotation!==void 0&&(e.rotation=t.rotation),t.scale!==void 0&&e.repeat.fromArray(t.scale),t.rotation!==void 0){const i=Math.cos(e.rotation),s=Math.sin(e.rotation);e.matrix.set(e.repeat.x*i,e.repeat.y*s,e.offset.x,-e.repeat.x*s,e.repeat.y*i,e.offset.y,0,0,1),e.matrixAutoUpdate=!1}return e.needsUpdate=!0,e}}class Z1{constructor(){this.name=Rt.KHR_MESH_QUANTIZATION}}class ex extends sa{constructor(e,t,i,s){super(e,t,i,s)}copySampleValue_(e){const t=this.resultBuffer,i=this.sampleValues,s=this.valueSize,r=e*s*3+s;for(let o=0;o!==s;o++)t[o]=i[r+o];return t}interpolate_(e,t,i,s){const r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=a*2,c=a*3,u=s-t,h=(i-t)/u,f=h*h,d=f*h,p=e*c,x=p-c,m=-2*d+3*f,g=d-f,v=1-m,M=g-f+h;for(let y=0;y!==a;y++){const T=o[x+y+a],b=o[x+y+l]*u,_=o[p+y+a],E=o[p+y]*u;r[y]=v*T+M*b+m*_+g*E}return r}}const Q1=new Zi;class eR extends ex{interpolate_(e,t,i,s){const r=super.interpolate_(e,t,i,s);return Q1.fromArray(r).normalize().toArray(r),r}}const Ki={POINTS:0,LINES:1,LINE_LOOP:2,LINE_STRIP:3,TRIANGLES:4,TRIANGLE_STRIP:5,TRIANGLE_FAN:6},ko={5120:Int8Array,5121:Uint8Array,5122:Int16Array,5123:Uint16Array,5125:Uint32Array,5126:Float32Array},lg={9728:Dn,9729:Kn,9984:f0,9985:xc,9986:Ua,9987:Ls},cg={33071:Ds,33648:Cc,10497:Yo},nh={SCALAR:1,VEC2:2,VEC3:3,VEC4:4,MAT2:4,MAT3:9,MAT4:16},Nf={POSITION:"position",NORMAL:"normal",TANGENT:"tangent",TEXCOORD_0:"uv",TEXCOORD_1:"uv1",TEXCOORD_2:"uv2",TEXCOORD_3:"uv3",COLOR_0:"color",WEIGHTS_0:"skinWeight",JOINTS_0:"skinIndex"},Sr={scale:"scale",translation:"position",rotation:"quaternion",weights:"morphTargetInfluences"},tR={CUBICSPLINE:void 0,LINEAR:tl,STEP:el},ih={OPAQUE:"OPAQUE",MASK:"MASK",BLEND:"BLEND"};function nR(n){return n.DefaultMaterial===void 0&&(n.DefaultMaterial=new xl({color:16777215,emissive:0,metalness:1,roughness:1,transparent:!1,depthTest:!0,side:Pr})),n.DefaultMaterial}function Xr(n,e,t){for(const i in t.extensions)n[i]===void 0&&(e.userData.gltfExtensions=e.userData.gltfExtensions||{},e.userData.gltfExtensions[i]=t.extensions[i])}function Rs(n,e){e.extras!==void 0&&(typeof e.extras=="object"?Object.assign(n.userData,e.extras):console.warn("THREE.GLTFLoader: Ignoring primitive type .extras, "+e.extras))}function iR(n,e,t){let i=!1,s=!1,r=!1;for(let c=0,u=e.length;c<u;c++){const h=e[c];if(h.POSITION!==void 0&&(i=!0),h.NORMAL!==void 0&&(s=!0),h.COLOR_0!==void 0&&(r=!0),i&&s&&r)break}if(!i&&!s&&!r)return Promise.resolve(n);const o=[],a=[],l=[];for(let c=0,u=e.length;c<u;c++){const h=e[c];if(i){const f=h.POSITION!==void 0?t.getDependency("accessor",h.POSITION):n.attributes.position;o.push(f)}if(s){const f=h.NORMAL!==void 0?t.getDependency("accessor",h.NORMAL):n.attributes.normal;a.push(f)}if(r){const f=h.COLOR_0!==void 0?t.getDependency("accessor",h.COLOR_0):n.attributes.color;l.push(f)}}return Promise.all([Promise.all(o),Promise.all(a),Promise.all(l)]).then(function(c){const u=c[0],h=c[1],f=c[2];return i&&(n.morphAttributes.position=u),s&&(n.morphAttributes.normal=h),r&&(n.morphAttributes.color=f),n.morphTargetsRelative=!0,n})}function sR(n,e){if(n.updateMorphTargets(),e.weights!==void 0)for(let t=0,i=e.weights.length;t<i;t++)n.morphTargetInfluences[t]=e.weights[t];if(e.extras&&Array.isArray(e.extras.targetNames)){const t=e.extras.targetNames;if(n.morphTargetInfluences.length===t.length){n.morphTargetDictionary={};for(let i=0,s=t.length;i<s;i++)n.morphTargetDictionary[t[i]]=i}else console.warn("THREE.GLTFLoader: Invalid extras.targetNames length. Ignoring names.")}}function rR(n){let e;const t=n.extensions&&n.extensions[Rt.KHR_DRACO_MESH_COMPRESSION];if(t?e="draco:"+t.bufferView+":"+t.indices+":"+sh(t.attributes):e=n.indices+":"+sh(n.attributes)+":"+n.mode,n.targets!==void 0)for(let i=0,s=n.targets.length;i<s;i++)e+=":"+sh(n.targets[i]);return e}function sh(n){let e="";const t=Object.keys(n).sort();for(let i=0,s=t.length;i<s;i++)e+=t[i]+":"+n[t[i]]+";";return e}function Ff(n){switch(n){case Int8Array:return 1/127;case Uint8Array:return 1/255;case Int16Array:return 1/32767;case Uint16Array:return 1/65535;default:throw new Error("THREE.GLTFLoader: Unsupported normalized accessor component type.")}}function oR(n){return n.search(/\.jpe?g($|\?)/i)>0||n.search(/^data\:image\/jpeg/)===0?"image/jpeg":n.search(/\.webp($|\?)/i)>0||n.search(/^data\:image\/webp/)===0?"image/webp":n.search(/\.ktx2($|\?)/i)>0||n.search(/^data\:image\/ktx2/)===0?"image/ktx2":"image/png"}const aR=new mt;class lR{constructor(e={},t={}){this.json=e,this.extensions={},this.plugins={},this.options=t,this.cache=new D1,this.associations=new Map,this.primitiveCache={},this.nodeCache={},this.meshCache={refs:{},uses:{}},this.cameraCache={refs:{},uses:{}},this.lightCache={refs:{},uses:{}},this.sourceCache={},this.textureCache={},this.nodeNamesUsed={};let i=!1,s=-1,r=!1,o=-1;if(typeof navigator<"u"&&typeof navigator.userAgent<"u"){const a=navigator.userAgent;i=/^((?!chrome|android).)*safari/i.test(a)===!0;const l=a.match(/Version\/(\d+)/);s=i&&l?parseInt(l[1],10):-1,r=a.indexOf("Firefox")>-1,o=r?a.match(/Firefox\/([0-9]+)\./)[1]:-1}typeof createImageBitmap>"u"||i&&s<17||r&&o<98?(this.textureLoader=new uM(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)):(this.textureLoader=new xM(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)),this.textureLoader.setCrossOrigin(this.options.crossOrigin),this.textureLoader.setWithCredentials(this.options.withCredentials),this.textureLoader.setRequestHeader(this.options.requestHeader),this.fileLoader=new eu(this.options.manager),this.fileLoader.setPriority(this.options.priority),this.fileLoader.setCache(this.options.cache),this.fileLoader.setResponseType("arraybuffer"),(this.options.withCredentials||this.options.crossOrigin==="use-credentials")&&this.fileLoader.setWithCredentials(!0)}setExtensions(e){this.extensions=e}setPlugins(e){this.plugins=e}parse(e,t){const i=this,s=this.json,r=this.extensions;this.cache.removeAll(),this.nodeCache={},this._invokeAll(function(o){return o._markDefs&&o._markDefs()}),Promise.all(this._invokeAll(function(o){return o.beforeRoot&&o.beforeRoot()})).then(function(){return Promise.all([i.getDependencies("scene"),i.getDependencies("animation"),i.getDependencies("camera")])}).then(function(o){const a={scene:o[0][s.scene||0],scenes:o[0],animations:o[1],cameras:o[2],asset:s.asset,parser:i,userData:{}};return Xr(r,a,s),Rs(a,s),Promise.all(i._invokeAll(function(l){return l.afterRoot&&l.afterRoot(a)})).then(function(){for(const l of a.scenes)l.updateMatrixWorld();e(a)})}).catch(t)}_markDefs(){const e=this.json.nodes||[],t=this.json.skins||[],i=this.json.meshes||[];for(let s=0,r=t.length;s<r;s++){const o=t[s].joints;for(let a=0,l=o.length;a<l;a++)e[o[a]].isBone=!0}for(let s=0,r=e.length;s<r;s++){const o=e[s];o.mesh!==void 0&&(this._addNodeRef(this.meshCache,o.mesh),o.skin!==void 0&&(i[o.mesh].isSkinnedMesh=!0)),o.camera!==void 0&&this._addNodeRef(this.cameraCache,o.camera)}}_addNodeRef(e,t){t!==void 0&&(e.refs[t]===void 0&&(e.refs[t]=e.uses[t]=0),e.refs[t]++)}_getNodeRef(e,t,i){if(e.refs[t]<=1)return i;const s=i.clone(),r=(o,a)=>{const l=this.associations.get(o);l!=null&&this.associations.set(a,l);for(const[c,u]of o.children.entries())r(u,a.children[c])};return r(i,s),s.name+="_instance_"+e.uses[t]++,s}_invokeOne(e){const t=Object.values(this.plugins);t.push(this);for(let i=0;i<t.length;i++){const s=e(t[i]);if(s)return s}return null}_invokeAll(e){const t=Object.values(this.plugins);t.unshift(this);const i=[];for(let s=0;s<t.length;s++){const r=e(t[s]);r&&i.push(r)}return i}getDependency(e,t){const i=e+":"+t;let s=this.cache.get(i);if(!s){switch(e){case"scene":s=this.loadScene(t);break;case"node":s=this._invokeOne(function(r){return r.loadNode&&r.loadNode(t)});break;case"mesh":s=this._invokeOne(function(r){return r.loadMesh&&r.loadMesh(t)});break;case"accessor":s=this.loadAccessor(t);break;case"bufferView":s=this._invokeOne(function(r){return r.loadBufferView&&r.loadBufferView(t)});break;case"buffer":s=this.loadBuffer(t);break;case"material":s=this._invokeOne(function(r){return r.loadMaterial&&r.loadMaterial(t)});break;case"texture":s=this._invokeOne(function(r){return r.loadTexture&&r.loadTexture(t)});break;case"skin":s=this.loadSkin(t);break;case"animation":s=this._invokeOne(function(r){return r.loadAnimation&&r.loadAnimation(t)});break;case"camera":s=this.loadCamera(t);break;default:if(s=this._invokeOne(function(r){return r!=this&&r.getDependency&&r.getDependency(e,t)}),!s)throw new Error("Unknown type: "+e);break}this.cache.add(i,s)}return s}getDependencies(e){let t=this.cache.get(e);if(!t){const i=this,s=this.json[e+(e==="mesh"?"es":"s")]||[];t=Promise.all(s.map(function(r,o){return i.getDependency(e,o)})),this.cache.add(e,t)}return t}loadBuffer(e){const t=this.json.buffers[e],i=this.fileLoader;if(t.type&&t.type!=="arraybuffer")throw new Error("THREE.GLTFLoader: "+t.type+" buffer type is not supported.");if(t.uri===void 0&&e===0)return Promise.resolve(this.extensions[Rt.KHR_BINARY_GLTF].body);const s=this.options;return new Promise(function(r,o){i.load($a.resolveURL(t.uri,s.path),r,void 0,function(){o(new Error('THREE.GLTFLoader: Failed to load buffer "'+t.uri+'".'))})})}loadBufferView(e){const t=this.json.bufferViews[e];return this.getDependency("buffer",t.buffer).then(function(i){const s=t.byteLength||0,r=t.byteOffset||0;return i.slice(r,r+s)})}loadAccessor(e){const t=this,i=this.json,s=this.json.accessors[e];if(s.bufferView===void 0&&s.sparse===void 0){const o=nh[s.type],a=ko[s.componentType],l=s.normalized===!0,c=new a(s.count*o);return Promise.resolve(new mn(c,o,l))}const r=[];return s.bufferView!==void 0?r.push(this.getDependency("bufferView",s.bufferView)):r.push(null),s.sparse!==void 0&&(r.push(this.getDependency("bufferView",s.sparse.indices.bufferView)),r.push(this.getDependency("bufferView",s.sparse.values.bufferView))),Promise.all(r).then(function(o){const a=o[0],l=nh[s.type],c=ko[s.componentType],u=c.BYTES_PER_ELEMENT,h=u*l,f=s.byteOffset||0,d=s.bufferView!==void 0?i.bufferViews[s.bufferView].byteStride:void 0,p=s.normalized===!0;let x,m;if(d&&d!==h){const g=Math.floor(f/d),v="InterleavedBuffer:"+s.bufferView+":"+s.componentType+":"+g+":"+s.count;let M=t.cache.get(v);M||(x=new c(a,g*d,s.count*d/u),M=new D0(x,d/u),t.cache.add(v,M)),m=new er(M,l,f%d/u,p)}else a===null?x=new c(s.count*l):x=new c(a,f,s.count*l),m=new mn(x,l,p);if(s.sparse!==void 0){const g=nh.SCALAR,v=ko[s.sparse.indices.componentType],M=s.sparse.indices.byteOffset||0,y=s.sparse.values.byteOffset||0,T=new v(o[1],M,s.sparse.count*g),b=new c(o[2],y,s.sparse.count*l);a!==null&&(m=new mn(m.array.slice(),m.itemSize,m.normalized)),m.normalized=!1;for(let _=0,E=T.length;_<E;_++){const U=T[_];if(m.setX(U,b[_*l]),l>=2&&m.setY(U,b[_*l+1]),l>=3&&m.setZ(U,b[_*l+2]),l>=4&&m.setW(U,b[_*l+3]),l>=5)throw new Error("THREE.GLTFLoader: Unsupported itemSize in sparse BufferAttribute.")}m.normalized=p}return m})}loadTexture(e){const t=this.json,i=this.options,r=t.textures[e].source,o=t.images[r];let a=this.textureLoader;if(o.uri){const l=i.manager.getHandler(o.uri);l!==null&&(a=l)}return this.loadTextureImage(e,r,a)}loadTextureImage(e,t,i){const s=this,r=this.json,o=r.textures[e],a=r.images[t],l=(a.uri||a.bufferView)+":"+o.sampler;if(this.textureCache[l])return this.textureCache[l];const c=this.loadImageSource(t,i).then(function(u){u.flipY=!1,u.name=o.name||a.name||"",u.name===""&&typeof a.uri=="string"&&a.uri.startsWith("data:image/")===!1&&(u.name=a.uri);const f=(r.samplers||{})[o.sampler]||{};return u.magFilter=lg[f.magFilter]||Kn,u.minFilter=lg[f.minFilter]||Ls,u.wrapS=cg[f.wrapS]||Yo,u.wrapT=cg[f.wrapT]||Yo,u.generateMipmaps=!u.isCompressedTexture&&u.minFilter!==Dn&&u.minFilter!==Kn,s.associations.set(u,{textures:e}),u}).catch(function(){return null});return this.textureCache[l]=c,c}loadImageSource(e,t){const i=this,s=this.json,r=this.options;if(this.sourceCache[e]!==void 0)return this.sourceCache[e].then(f=>f.clone());const o=s.images[e],a=self.URL||self.webkitURL;let l=o.uri||"",c=!1,u;if(t.isKTX2Loader===!0&&o.bufferView!==void 0)u=i.getDependency("bufferView",o.bufferView).then(function(f){return new Promise(function(d,p){t.parse(f,d,p)})});else{if(o.bufferView!==void 0)l=i.getDependency("bufferView",o.bufferView).then(function(f){c=!0;const d=new Blob([f],{type:o.mimeType});return l=a.createObjectURL(d),l});else if(o.uri===void 0)throw new Error("THREE.GLTFLoader: Image "+e+" is missing URI and bufferView");u=Promise.resolve(l).then(function(f){return new Promise(function(d,p){let x=d;t.isImageBitmapLoader===!0&&(x=function(m){const g=new zn(m);g.needsUpdate=!0,d(g)}),t.load($a.resolveURL(f,r.path),x,void 0,p)})})}const h=u.then(function(f){return c===!0&&a.revokeObjectURL(l),Rs(f,o),f.userData.mimeType=o.mimeType||oR(o.uri),f}).catch(function(f){throw console.error("THREE.GLTFLoader: Couldn't load texture",l),f});return this.sourceCache[e]=h,h}assignTexture(e,t,i,s){const r=this;return this.getDependency("texture",i.index).then(function(o){if(!o)return null;if(i.texCoord!==void 0&&i.texCoord>0&&(o=o.clone(),o.channel=i.texCoord),r.extensions[Rt.KHR_TEXTURE_TRANSFORM]){const a=i.extensions!==void 0?i.extensions[Rt.KHR_TEXTURE_TRANSFORM]:void 0;if(a){const l=r.associations.get(o);o=r.extensions[Rt.KHR_TEXTURE_TRANSFORM].extendTexture(o,a),r.associations.set(o,l)}}return s!==void 0&&(o.colorSpace=s),e[t]=o,o})}assignFinalMaterial(e){const t=e.geometry;let i=e.material;const s=t.attributes.tangent===void 0,r=t.attributes.color!==void 0,o=t.attributes.normal===void 0;if(e.isPoints){const a="PointsMaterial:"+i.uuid;let l=this.cache.get(a);l||(l=new Lo,Bi.prototype.copy.call(l,i),l.color.copy(i.color),l.map=i.map,l.sizeAttenuation=!1,this.cache.add(a,l)),i=l}else if(e.isLine){const a="LineBasicMaterial:"+i.uuid;let l=this.cache.get(a);l||(l=new qa,Bi.prototype.copy.call(l,i),l.color.copy(i.color),l.map=i.map,this.cache.add(a,l)),i=l}if(s||r||o){let a="ClonedMaterial:"+i.uuid+":";s&&(a+="derivative-tangents:"),r&&(a+="vertex-colors:"),o&&(a+="flat-shading:");let l=this.cache.get(a);l||(l=i.clone(),r&&(l.vertexColors=!0),o&&(l.flatShading=!0),s&&(l.normalScale&&(l.normalScale.y*=-1),l.clearcoatNormalScale&&(l.clearcoatNormalScale.y*=-1)),this.cache.add(a,l),this.associations.set(l,this.associations.get(i))),i=l}e.material=i}getMaterialType(){return xl}loadMaterial(e){const t=this,i=this.json,s=this.extensions,r=i.materials[e];let o;const a={},l=r.extensions||{},c=[];if(l[Rt.KHR_MATERIALS_UNLIT]){const h=s[Rt.KHR_MATERIALS_UNLIT];o=h.getMaterialType(),c.push(h.extendParams(a,r,t))}else{const h=r.pbrMetallicRoughness||{};if(a.color=new rt(1,1,1),a.opacity=1,Array.isArray(h.baseColorFactor)){const f=h.baseColorFactor;a.color.setRGB(f[0],f[1],f[2],Mi),a.opacity=f[3]}h.baseColorTexture!==void 0&&c.push(t.assignTexture(a,"map",h.baseColorTexture,kn)),a.metalness=h.metallicFactor!==void 0?h.metallicFactor:1,a.roughness=h.roughnessFactor!==void 0?h.roughnessFactor:1,h.metallicRoughnessTexture!==void 0&&(c.push(t.assignTexture(a,"metalnessMap",h.metallicRoughnessTexture)),c.push(t.assignTexture(a,"roughnessMap",h.metallicRoughnessTexture))),o=this._invokeOne(function(f){return f.getMaterialType&&f.getMaterialType(e)}),c.push(Promise.all(this._invokeAll(function(f){return f.extendMaterialParams&&f.extendMaterialParams(e,a)})))}r.doubleSided===!0&&(a.side=yi);const u=r.alphaMode||ih.OPAQUE;if(u===ih.BLEND?(a.transparent=!0,a.depthWrite=!1):(a.transparent=!1,u===ih.MASK&&(a.alphaTest=r.alphaCutoff!==void 0?r.alphaCutoff:.5)),r.normalTexture!==void 0&&o!==Dr&&(c.push(t.assignTexture(a,"normalMap",r.normalTexture)),a.normalScale=new at(1,1),r.normalTexture.scale!==void 0)){const h=r.normalTexture.scale;a.normalScale.set(h,h)}if(r.occlusionTexture!==void 0&&o!==Dr&&(c.push(t.assignTexture(a,"aoMap",r.occlusionTexture)),r.occlusionTexture.strength!==void 0&&(a.aoMapIntensity=r.occlusionTexture.strength)),r.emissiveFactor!==void 0&&o!==Dr){const h=r.emissiveFactor;a.emissive=new rt().setRGB(h[0],h[1],h[2],Mi)}return r.emissiveTexture!==void 0&&o!==Dr&&c.push(t.assignTexture(a,"emissiveMap",r.emissiveTexture,kn)),Promise.all(c).then(function(){const h=new o(a);return r.name&&(h.name=r.name),Rs(h,r),t.associations.set(h,{materials:e}),r.extensions&&Xr(s,h,r),h})}createUniqueName(e){const t=Jt.sanitizeNodeName(e||"");return t in this.nodeNamesUsed?t+"_"+ ++this.nodeNamesUsed[t]:(this.nodeNamesUsed[t]=0,t)}loadGeometries(e){const t=this,i=this.extensions,s=this.primitiveCache;function r(a){return i[Rt.KHR_DRACO_MESH_COMPRESSION].decodePrimitive(a,t).then(function(l){return ug(l,a,t)})}const o=[];for(let a=0,l=e.length;a<l;a++){const c=e[a],u=rR(c),h=s[u];if(h)o.push(h.promise);else{let f;c.extensions&&c.extensions[Rt.KHR_DRACO_MESH_COMPRESSION]?f=r(c):f=ug(new Mn,c,t),c.mode===Ki.TRIANGLE_STRIP?f=f.then(d=>rg(d,v0)):c.mode===Ki.TRIANGLE_FAN&&(f=f.then(d=>rg(d,Af))),s[u]={primitive:c,promise:f},o.push(f)}}return Promise.all(o)}loadMesh(e){const t=this,i=this.json,s=this.extensions,r=i.meshes[e],o=r.primitives,a=[];for(let l=0,c=o.length;l<c;l++){const u=o[l].material===void 0?nR(this.cache):this.getDependency("material",o[l].material);a.push(u)}return a.push(t.loadGeometries(o)),Promise.all(a).then(async function(l){const c=l.slice(0,l.length-1),u=l[l.length-1],h=[];for(let d=0,p=u.length;d<p;d++){const x=u[d],m=o[d];let g;const v=c[d];if(m.mode===Ki.TRIANGLES||m.mode===Ki.TRIANGLE_STRIP||m.mode===Ki.TRIANGLE_FAN||m.mode===void 0){const M=r.isSkinnedMesh===!0,y=x.hasAttribute("skinIndex")&&x.hasAttribute("skinWeight");M&&y===!1&&console.warn("THREE.GLTFLoader: Missing skinIndex or skinWeight attributes. Skinning disabled."),g=M&&y?new Fb(x,v):new ni(x,v),g.isSkinnedMesh===!0&&g.normalizeSkinWeights()}else if(m.mode===Ki.LINES)g=new Rf(x,v);else if(m.mode===Ki.LINE_STRIP)g=new gd(x,v);else if(m.mode===Ki.LINE_LOOP)g=new Bb(x,v);else if(m.mode===Ki.POINTS)g=new Ya(x,v);else throw new Error("THREE.GLTFLoader: Primitive mode unsupported: "+m.mode);Object.keys(g.geometry.morphAttributes).length>0&&sR(g,r),g.name=t.createUniqueName(r.name||"mesh_"+e),Rs(g,r),m.extensions&&Xr(s,g,m),t.assignFinalMaterial(g),h.push(g)}for(let d=0,p=h.length;d<p;d++)t.associations.set(h[d],{meshes:e,primitives:d});if(h.length===1)return r.extensions&&Xr(s,h[0],r),h[0];const f=new Ps;r.extensions&&Xr(s,f,r),t.associations.set(f,{meshes:e});for(let d=0,p=h.length;d<p;d++)f.add(h[d]);return f})}loadCamera(e){let t;const i=this.json.cameras[e],s=i[i.type];if(!s){console.warn("THREE.GLTFLoader: Missing camera parameters.");return}return i.type==="perspective"?t=new xi(sl.radToDeg(s.yfov),s.aspectRatio||1,s.znear||1,s.zfar||2e6):i.type==="orthographic"&&(t=new nu(-s.xmag,s.xmag,s.ymag,-s.ymag,s.znear,s.zfar)),i.name&&(t.name=this.createUniqueName(i.name)),Rs(t,i),Promise.resolve(t)}loadSkin(e){const t=this.json.skins[e],i=[];for(let s=0,r=t.joints.length;s<r;s++)i.push(this._loadNodeShallow(t.joints[s]));return t.inverseBindMatrices!==void 0?i.push(this.getDependency("accessor",t.inverseBindMatrices)):i.push(null),Promise.all(i).then(function(s){const r=s.pop(),o=s,a=[],l=[];for(let c=0,u=o.length;c<u;c++){const h=o[c];if(h){a.push(h);const f=new mt;r!==null&&f.fromArray(r.array,c*16),l.push(f)}else console.warn('THREE.GLTFLoader: Joint "%s" could not be found.',t.joints[c])}return new pd(a,l)})}loadAnimation(e){const t=this.json,i=this,s=t.animations[e],r=s.name?s.name:"animation_"+e,o=[],a=[],l=[],c=[],u=[];for(let h=0,f=s.channels.length;h<f;h++){const d=s.channels[h],p=s.samplers[d.sampler],x=d.target,m=x.node,g=s.parameters!==void 0?s.parameters[p.input]:p.input,v=s.parameters!==void 0?s.parameters[p.output]:p.output;x.node!==void 0&&(o.push(this.getDependency("node",m)),a.push(this.getDependency("accessor",g)),l.push(this.getDependency("accessor",v)),c.push(p),u.push(x))}return Promise.all([Promise.all(o),Promise.all(a),Promise.all(l),Promise.all(c),Promise.all(u)]).then(function(h){const f=h[0],d=h[1],p=h[2],x=h[3],m=h[4],g=[];for(let M=0,y=f.length;M<y;M++){const T=f[M],b=d[M],_=p[M],E=x[M],U=m[M];if(T===void 0)continue;T.updateMatrix&&T.updateMatrix();const I=i._createAnimationTracks(T,b,_,E,U);if(I)for(let D=0;D<I.length;D++)g.push(I[D])}const v=new iM(r,void 0,g);return Rs(v,s),v})}createNodeMesh(e){const t=this.json,i=this,s=t.nodes[e];return s.mesh===void 0?null:i.getDependency("mesh",s.mesh).then(function(r){const o=i._getNodeRef(i.meshCache,s.mesh,r);return s.weights!==void 0&&o.traverse(function(a){if(a.isMesh)for(let l=0,c=s.weights.length;l<c;l++)a.morphTargetInfluences[l]=s.weights[l]}),o})}loadNode(e){const t=this.json,i=this,s=t.nodes[e],r=i._loadNodeShallow(e),o=[],a=s.children||[];for(let c=0,u=a.length;c<u;c++)o.push(i.getDependency("node",a[c]));const l=s.skin===void 0?Promise.resolve(null):i.getDependency("skin",s.skin);return Promise.all([r,Promise.all(o),l]).then(function(c){const u=c[0],h=c[1],f=c[2];f!==null&&u.traverse(function(d){d.isSkinnedMesh&&d.bind(f,aR)});for(let d=0,p=h.length;d<p;d++)u.add(h[d]);if(u.userData.pivot!==void 0&&h.length>0){const d=u.userData.pivot,p=h[0];u.pivot=new V().fromArray(d),u.position.x-=d[0],u.position.y-=d[1],u.position.z-=d[2],p.position.set(0,0,0),delete u.userData.pivot}return u})}_loadNodeShallow(e){const t=this.json,i=this.extensions,s=this;if(this.nodeCache[e]!==void 0)return this.nodeCache[e];const r=t.nodes[e],o=r.name?s.createUniqueName(r.name):"",a=[],l=s._invokeOne(function(c){return c.createNodeMesh&&c.createNodeMesh(e)});return l&&a.push(l),r.camera!==void 0&&a.push(s.getDependency("camera",r.camera).then(function(c){return s._getNodeRef(s.cameraCache,r.camera,c)})),s._invokeAll(function(c){return c.createNodeAttachment&&c.createNodeAttachment(e)}).forEach(function(c){a.push(c)}),this.nodeCache[e]=Promise.all(a).then(function(c){let u;if(r.isBone===!0?u=new L0:c.length>1?u=new Ps:c.length===1?u=c[0]:u=new gn,u!==c[0])for(let h=0,f=c.length;h<f;h++)u.add(c[h]);if(r.name&&(u.userData.name=r.name,u.name=o),Rs(u,r),r.extensions&&Xr(i,u,r),r.matrix!==void 0){const h=new mt;h.fromArray(r.matrix),u.applyMatrix4(h)}else r.translation!==void 0&&u.position.fromArray(r.translation),r.rotation!==void 0&&u.quaternion.fromArray(r.rotation),r.scale!==void 0&&u.scale.fromArray(r.scale);if(!s.associations.has(u))s.associations.set(u,{});else if(r.mesh!==void 0&&s.meshCache.refs[r.mesh]>1){const h=s.associations.get(u);s.associations.set(u,{...h})}return s.associations.get(u).nodes=e,u}),this.nodeCache[e]}loadScene(e){const t=this.extensions,i=this.json.scenes[e],s=this,r=new Ps;i.name&&(r.name=s.createUniqueName(i.name)),Rs(r,i),i.extensions&&Xr(t,r,i);const o=i.nodes||[],a=[];for(let l=0,c=o.length;l<c;l++)a.push(s.getDependency("node",o[l]));return Promise.all(a).then(function(l){for(let u=0,h=l.length;u<h;u++){const f=l[u];f.parent!==null?r.add(R1(f)):r.add(f)}const c=u=>{const h=new Map;for(const[f,d]of s.associations)(f instanceof Bi||f instanceof zn)&&h.set(f,d);return u.traverse(f=>{const d=s.associations.get(f);d!=null&&h.set(f,d)}),h};return s.associations=c(r),r})}_createAnimationTracks(e,t,i,s,r){const o=[],a=e.name?e.name:e.uuid,l=[];function c(d){d.morphTargetInfluences&&l.push(d.name?d.name:d.uuid)}Sr[r.path]===Sr.weights?(c(e),e.isGroup&&e.children.forEach(c)):l.push(a);let u;switch(Sr[r.path]){case Sr.weights:u=ol;break;case Sr.rotation:u=al;break;case Sr.translation:case Sr.scale:u=kc;break;default:i.itemSize===1?u=ol:u=kc;break}const h=s.interpolation!==void 0?tR[s.interpolation]:tl,f=this._getArrayFromAccessor(i);for(let d=0,p=l.length;d<p;d++){const x=new u(l[d]+"."+Sr[r.path],t.array,f,h);s.interpolation==="CUBICSPLINE"&&this._createCubicSplineTrackInterpolant(x),o.push(x)}return o}_getArrayFromAccessor(e){let t=e.array;if(e.normalized){const i=Ff(t.constructor),s=new Float32Array(t.length);for(let r=0,o=t.length;r<o;r++)s[r]=t[r]*i;t=s}return t}_createCubicSplineTrackInterpolant(e){e.createInterpolant=function(i){const s=this instanceof al?eR:ex;return new s(this.times,this.values,this.getValueSize()/3,i)},e.createInterpolant.isInterpolantFactoryMethodGLTFCubicSpline=!0}}function cR(n,e,t){const i=e.attributes,s=new Ei;if(i.POSITION!==void 0){const a=t.json.accessors[i.POSITION],l=a.min,c=a.max;if(l!==void 0&&c!==void 0){if(s.set(new V(l[0],l[1],l[2]),new V(c[0],c[1],c[2])),a.normalized){const u=Ff(ko[a.componentType]);s.min.multiplyScalar(u),s.max.multiplyScalar(u)}}else{console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.");return}}else return;const r=e.targets;if(r!==void 0){const a=new V,l=new V;for(let c=0,u=r.length;c<u;c++){const h=r[c];if(h.POSITION!==void 0){const f=t.json.accessors[h.POSITION],d=f.min,p=f.max;if(d!==void 0&&p!==void 0){if(l.setX(Math.max(Math.abs(d[0]),Math.abs(p[0]))),l.setY(Math.max(Math.abs(d[1]),Math.abs(p[1]))),l.setZ(Math.max(Math.abs(d[2]),Math.abs(p[2]))),f.normalized){const x=Ff(ko[f.componentType]);l.multiplyScalar(x)}a.max(l)}else console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.")}}s.expandByVector(a)}n.boundingBox=s;const o=new Hi;s.getCenter(o.center),o.radius=s.min.distanceTo(s.max)/2,n.boundingSphere=o}function ug(n,e,t){const i=e.attributes,s=[];function r(o,a){return t.getDependency("accessor",o).then(function(l){n.setAttribute(a,l)})}for(const o in i){const a=Nf[o]||o.toLowerCase();a in n.attributes||s.push(r(i[o],a))}if(e.indices!==void 0&&!n.index){const o=t.getDependency("accessor",e.indices).then(function(a){n.setIndex(a)});s.push(o)}return Dt.workingColorSpace!==Mi&&"COLOR_0"in i&&console.warn(`THREE.GLTFLoader: Converting vertex colors from "srgb-linear" to "${Dt.workingColorSpace}" not supported.`),Rs(n,e),cR(n,e,t),Promise.all(s).then(function(){return e.targets!==void 0?iR(n,e.targets,t):n})}const uR=/^[og]\s*(.+)?/,hR=/^mtllib /,fR=/^usemtl /,dR=/^usemap /,ic=/\s+/,hg=new V,rh=new V,fg=new V,dg=new V,qi=new V,sc=new rt;function pR(){const n={objects:[],object:{},vertices:[],normals:[],colors:[],uvs:[],materials:{},materialLibraries:[],startObject:function(e,t){if(this.object&&this.object.fromDeclaration===!1){this.object.name=e,this.object.fromDeclaration=t!==!1;return}const i=this.object&&typeof this.object.currentMaterial=="function"?this.object.currentMaterial():void 0;if(this.object&&typeof this.object._finalize=="function"&&this.object._finalize(!0),this.object={name:e||"",fromDeclaration:t!==!1,geometry:{vertices:[],normals:[],colors:[],uvs:[],hasUVIndices:!1},materials:[],smooth:!0,startMaterial:function(s,r){const o=this._finalize(!1);o&&(o.inherited||o.groupCount<=0)&&this.materials.splice(o.index,1);const a={index:this.materials.length,name:s||"",mtllib:Array.isArray(r)&&r.length>0?r[r.length-1]:"",smooth:o!==void 0?o.smooth:this.smooth,groupStart:o!==void 0?o.groupEnd:0,groupEnd:-1,groupCount:-1,inherited:!1,clone:function(l){const c={index:typeof l=="number"?l:this.index,name:this.name,mtllib:this.mtllib,smooth:this.smooth,groupStart:0,groupEnd:-1,groupCount:-1,inherited:!1};return c.clone=this.clone.bind(c),c}};return this.materials.push(a),a},currentMaterial:function(){if(this.materials.length>0)return this.materials[this.materials.length-1]},_finalize:function(s){const r=this.currentMaterial();if(r&&r.groupEnd===-1&&(r.groupEnd=this.geometry.vertices.length/3,r.groupCount=r.groupEnd-r.groupStart,r.inherited=!1),s&&this.materials.length>1)for(let o=this.materials.length-1;o>=0;o--)this.materials[o].groupCount<=0&&this.materials.splice(o,1);return s&&this.materials.length===0&&this.materials.push({name:"",smooth:this.smooth}),r}},i&&i.name&&typeof i.clone=="function"){const s=i.clone(0);s.inherited=!0,this.object.materials.push(s)}this.objects.push(this.object)},finalize:function(){this.object&&typeof this.object._finalize=="function"&&this.object._finalize(!0)},parseVertexIndex:function(e,t){const i=parseInt(e,10);return(i>=0?i-1:i+t/3)*3},parseNormalIndex:function(e,t){const i=parseInt(e,10);return(i>=0?i-1:i+t/3)*3},parseUVIndex:function(e,t){const i=parseInt(e,10);return(i>=0?i-1:i+t/2)*2},addVertex:function(e,t,i){const s=this.vertices,r=this.object.geometry.vertices;r.push(s[e+0],s[e+1],s[e+2]),r.push(s[t+0],s[t+1],s[t+2]),r.push(s[i+0],s[i+1],s[i+2])},addVertexPoint:function(e){const t=this.vertices;this.object.geometry.vertices.push(t[e+0],t[e+1],t[e+2])},addVertexLine:function(e){const t=this.vertices;this.object.geometry.vertices.push(t[e+0],t[e+1],t[e+2])},addNormal:function(e,t,i){const s=this.normals,r=this.object.geometry.normals;r.push(s[e+0],s[e+1],s[e+2]),r.push(s[t+0],s[t+1],s[t+2]),r.push(s[i+0],s[i+1],s[i+2])},addFaceNormal:function(e,t,i){const s=this.vertices,r=this.object.geometry.normals;hg.fromArray(s,e),rh.fromArray(s,t),fg.fromArray(s,i),qi.subVectors(fg,rh),dg.subVectors(hg,rh),qi.cross(dg),qi.normalize(),r.push(qi.x,qi.y,qi.z),r.push(qi.x,qi.y,qi.z),r.push(qi.x,qi.y,qi.z)},addColor:function(e,t,i){const s=this.colors,r=this.object.geometry.colors;s[e]!==void 0&&r.push(s[e+0],s[e+1],s[e+2]),s[t]!==void 0&&r.push(s[t+0],s[t+1],s[t+2]),s[i]!==void 0&&r.push(s[i+0],s[i+1],s[i+2])},addUV:function(e,t,i){const s=this.uvs,r=this.object.geometry.uvs;r.push(s[e+0],s[e+1]),r.push(s[t+0],s[t+1]),r.push(s[i+0],s[i+1])},addDefaultUV:function(){const e=this.object.geometry.uvs;e.push(0,0),e.push(0,0),e.push(0,0)},addUVLine:function(e){const t=this.uvs;this.object.geometry.uvs.push(t[e+0],t[e+1])},addFace:function(e,t,i,s,r,o,a,l,c){const u=this.vertices.length;let h=this.parseVertexIndex(e,u),f=this.parseVertexIndex(t,u),d=this.parseVertexIndex(i,u);if(this.addVertex(h,f,d),this.addColor(h,f,d),a!==void 0&&a!==""){const p=this.normals.length;h=this.parseNormalIndex(a,p),f=this.parseNormalIndex(l,p),d=this.parseNormalIndex(c,p),this.addNormal(h,f,d)}else this.addFaceNormal(h,f,d);if(s!==void 0&&s!==""){const p=this.uvs.length;h=this.parseUVIndex(s,p),f=this.parseUVIndex(r,p),d=this.parseUVIndex(o,p),this.addUV(h,f,d),this.object.geometry.hasUVIndices=!0}else this.addDefaultUV()},addPointGeometry:function(e){this.object.geometry.type="Points";const t=this.vertices.length;for(let i=0,s=e.length;i<s;i++){const r=this.parseVertexIndex(e[i],t);this.addVertexPoint(r),this.addColor(r)}},addLineGeometry:function(e,t){this.object.geometry.type="Line";const i=this.vertices.length,s=this.uvs.length;for(let r=0,o=e.length-1;r<o;r++)this.addVertexLine(this.parseVertexIndex(e[r],i)),this.addVertexLine(this.parseVertexIndex(e[r+1],i));for(let r=0,o=t.length-1;r<o;r++)this.addUVLine(this.parseUVIndex(t[r],s)),this.addUVLine(this.parseUVIndex(t[r+1],s))}};return n.startObject("",!1),n}class mR extends Ur{constructor(e){super(e),this.materials=null}load(e,t,i,s){const r=this,o=new eu(this.manager);o.setPriority(this.priority),o.setCache(this.cache),o.setPath(this.path),o.setRequestHeader(this.requestHeader),o.setWithCredentials(this.withCredentials),o.load(e,function(a){try{t(r.parse(a))}catch(l){s?s(l):console.error(l),r.manager.itemError(e)}},i,s)}setMaterials(e){return this.materials=e,this}parse(e){const t=new pR;e.indexOf(`\r
`)!==-1&&(e=e.replace(/\r\n/g,`
`)),e.indexOf(`\\
`)!==-1&&(e=e.replace(/\\\n/g,""));const i=e.split(`
`);let s=[];for(let a=0,l=i.length;a<l;a++){const c=i[a].trimStart();if(c.length===0)continue;const u=c.charAt(0);if(u!=="#")if(u==="v"){const h=c.split(ic);switch(h[0]){case"v":t.vertices.push(parseFloat(h[1]),parseFloat(h[2]),parseFloat(h[3])),h.length>=7?(sc.setRGB(parseFloat(h[4]),parseFloat(h[5]),parseFloat(h[6]),kn),t.colors.push(sc.r,sc.g,sc.b)):t.colors.push(void 0,void 0,void 0);break;case"vn":t.normals.push(parseFloat(h[1]),parseFloat(h[2]),parseFloat(h[3]));break;case"vt":t.uvs.push(parseFloat(h[1]),parseFloat(h[2]));break}}else if(u==="f"){const f=c.slice(1).trim().split(ic),d=[];for(let x=0,m=f.length;x<m;x++){const g=f[x];if(g.length>0){const v=g.split("/");d.push(v)}}const p=d[0];for(let x=1,m=d.length-1;x<m;x++){const g=d[x],v=d[x+1];t.addFace(p[0],g[0],v[0],p[1],g[1],v[1],p[2],g[2],v[2])}}else if(u==="l"){const h=c.substring(1).trim().split(ic);let f=[];const d=[];if(c.indexOf("/")===-1)f=h;else for(let p=0,x=h.length;p<x;p++){const m=h[p].split("/");m[0]!==""&&f.push(m[0]),m[1]!==""&&d.push(m[1])}t.addLineGeometry(f,d)}else if(u==="p"){const f=c.slice(1).trim().split(ic);t.addPointGeometry(f)}else if((s=uR.exec(c))!==null){const h=(" "+s[0].slice(1).trim()).slice(1);t.startObject(h)}else if(fR.test(c))t.object.startMaterial(c.substring(7).trim(),t.materialLibraries);else if(hR.test(c))t.materialLibraries.push(c.substring(7).trim());else if(dR.test(c))console.warn('THREE.OBJLoader: Rendering identifier "usemap" not supported. Textures must be defined in MTL files.');else if(u==="s"){if(s=c.split(" "),s.length>1){const f=s[1].trim().toLowerCase();t.object.smooth=f!=="0"&&f!=="off"}else t.object.smooth=!0;const h=t.object.currentMaterial();h&&(h.smooth=t.object.smooth)}else{if(c==="\0")continue;console.warn('THREE.OBJLoader: Unexpected line: "'+c+'"')}}t.finalize();const r=new Ps;if(r.materialLibraries=[].concat(t.materialLibraries),!(t.objects.length===1&&t.objects[0].geometry.vertices.length===0)===!0)for(let a=0,l=t.objects.length;a<l;a++){const c=t.objects[a],u=c.geometry,h=c.materials,f=u.type==="Line",d=u.type==="Points";let p=!1;if(u.vertices.length===0)continue;const x=new Mn;x.setAttribute("position",new en(u.vertices,3)),u.normals.length>0&&x.setAttribute("normal",new en(u.normals,3)),u.colors.length>0&&(p=!0,x.setAttribute("color",new en(u.colors,3))),u.hasUVIndices===!0&&x.setAttribute("uv",new en(u.uvs,2));const m=[];for(let v=0,M=h.length;v<M;v++){const y=h[v],T=y.name+"_"+y.smooth+"_"+p;let b=t.materials[T];if(this.materials!==null){if(b=this.materials.create(y.name),f&&b&&!(b instanceof qa)){const _=new qa;Bi.prototype.copy.call(_,b),_.color.copy(b.color),b=_}else if(d&&b&&!(b instanceof Lo)){const _=new Lo({size:10,sizeAttenuation:!1});Bi.prototype.copy.call(_,b),_.color.copy(b.color),_.map=b.map,b=_}}b===void 0&&(f?b=new qa:d?b=new Lo({size:1,sizeAttenuation:!1}):b=new Xb,b.name=y.name,b.flatShading=!y.smooth,b.vertexColors=p,t.materials[T]=b),m.push(b)}let g;if(m.length>1){for(let v=0,M=h.length;v<M;v++){const y=h[v];x.addGroup(y.groupStart,y.groupCount,v)}f?g=new Rf(x,m):d?g=new Ya(x,m):g=new ni(x,m)}else f?g=new Rf(x,m[0]):d?g=new Ya(x,m[0]):g=new ni(x,m[0]);g.name=c.name,r.add(g)}else if(t.vertices.length>0){const a=new Lo({size:1,sizeAttenuation:!1}),l=new Mn;l.setAttribute("position",new en(t.vertices,3)),t.colors.length>0&&t.colors[0]!==void 0&&(l.setAttribute("color",new en(t.colors,3)),a.vertexColors=!0);const c=new Ya(l,a);r.add(c)}return r}}class gR extends Ur{constructor(e){super(e)}load(e,t,i,s){const r=this,o=new eu(this.manager);o.setPriority(this.priority),o.setCache(this.cache),o.setPath(this.path),o.setResponseType("arraybuffer"),o.setRequestHeader(this.requestHeader),o.setWithCredentials(this.withCredentials),o.load(e,function(a){try{t(r.parse(a))}catch(l){s?s(l):console.error(l),r.manager.itemError(e)}},i,s)}parse(e){function t(c){const u=new DataView(c),h=32/8*3+32/8*3*3+16/8,f=u.getUint32(80,!0);if(80+32/8+f*h===u.byteLength)return!0;const p=[115,111,108,105,100];for(let x=0;x<5;x++)if(i(p,u,x))return!1;return!0}function i(c,u,h){for(let f=0,d=c.length;f<d;f++)if(c[f]!==u.getUint8(h+f))return!1;return!0}function s(c){const u=new DataView(c),h=u.getUint32(80,!0);let f,d,p,x=!1,m,g,v,M,y;for(let D=0;D<=70;D++)u.getUint32(D,!1)==1129270351&&u.getUint8(D+4)==82&&u.getUint8(D+5)==61&&(x=!0,m=new Float32Array(h*3*3),g=u.getUint8(D+6)/255,v=u.getUint8(D+7)/255,M=u.getUint8(D+8)/255,y=u.getUint8(D+9)/255);const T=84,b=50,_=new Mn,E=new Float32Array(h*3*3),U=new Float32Array(h*3*3),I=new rt;for(let D=0;D<h;D++){const O=T+D*b,W=u.getFloat32(O,!0),N=u.getFloat32(O+4,!0),z=u.getFloat32(O+8,!0);if(x){const $=u.getUint16(O+48,!0);($&32768)===0?(f=($&31)/31,d=($>>5&31)/31,p=($>>10&31)/31):(f=g,d=v,p=M)}for(let $=1;$<=3;$++){const H=O+$*12,ue=D*3*3+($-1)*3;E[ue]=u.getFloat32(H,!0),E[ue+1]=u.getFloat32(H+4,!0),E[ue+2]=u.getFloat32(H+8,!0),U[ue]=W,U[ue+1]=N,U[ue+2]=z,x&&(I.setRGB(f,d,p,kn),m[ue]=I.r,m[ue+1]=I.g,m[ue+2]=I.b)}}return _.setAttribute("position",new mn(E,3)),_.setAttribute("normal",new mn(U,3)),x&&(_.setAttribute("color",new mn(m,3)),_.hasColors=!0,_.alpha=y),_}function r(c){const u=new Mn,h=/solid([\s\S]*?)endsolid/g,f=/facet([\s\S]*?)endfacet/g,d=/solid\s(.+)/;let p=0;const x=/[\s]+([+-]?(?:\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?)/.source,m=new RegExp("vertex"+x+x+x,"g"),g=new RegExp("normal"+x+x+x,"g"),v=[],M=[],y=[],T=new V;let b,_=0,E=0,U=0;for(;(b=h.exec(c))!==null;){E=U;const I=b[0],D=(b=d.exec(I))!==null?b[1]:"";for(y.push(D);(b=f.exec(I))!==null;){let N=0,z=0;const $=b[0];for(;(b=g.exec($))!==null;)T.x=parseFloat(b[1]),T.y=parseFloat(b[2]),T.z=parseFloat(b[3]),z++;for(;(b=m.exec($))!==null;)v.push(parseFloat(b[1]),parseFloat(b[2]),parseFloat(b[3])),M.push(T.x,T.y,T.z),N++,U++;z!==1&&console.error("THREE.STLLoader: Something isn't right with the normal of face number "+p),N!==3&&console.error("THREE.STLLoader: Something isn't right with the vertices of face number "+p),p++}const O=E,W=U-E;u.userData.groupNames=y,u.addGroup(O,W,_),_++}return u.setAttribute("position",new en(v,3)),u.setAttribute("normal",new en(M,3)),u}function o(c){return typeof c!="string"?new TextDecoder().decode(c):c}function a(c){if(typeof c=="string"){const u=new Uint8Array(c.length);for(let h=0;h<c.length;h++)u[h]=c.charCodeAt(h)&255;return u.buffer||u}else return c}const l=a(e);return t(l)?s(l):r(o(e))}}const pg=new Ei,rc=new V;class tx extends _M{constructor(){super(),this.isLineSegmentsGeometry=!0,this.type="LineSegmentsGeometry";const e=[-1,2,0,1,2,0,-1,1,0,1,1,0,-1,0,0,1,0,0,-1,-1,0,1,-1,0],t=[-1,2,1,2,-1,1,1,1,-1,-1,1,-1,-1,-2,1,-2],i=[0,2,1,2,3,1,2,4,3,4,5,3,4,6,5,6,7,5];this.setIndex(i),this.setAttribute("position",new en(e,3)),this.setAttribute("uv",new en(t,2))}applyMatrix4(e){const t=this.attributes.instanceStart,i=this.attributes.instanceEnd;return t!==void 0&&(t.applyMatrix4(e),i.applyMatrix4(e),t.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this}setPositions(e){let t;e instanceof Float32Array?t=e:Array.isArray(e)&&(t=new Float32Array(e));const i=new Lf(t,6,1);return this.setAttribute("instanceStart",new er(i,3,0)),this.setAttribute("instanceEnd",new er(i,3,3)),this.instanceCount=this.attributes.instanceStart.count,this.computeBoundingBox(),this.computeBoundingSphere(),this}setColors(e){let t;e instanceof Float32Array?t=e:Array.isArray(e)&&(t=new Float32Array(e));const i=new Lf(t,6,1);return this.setAttribute("instanceColorStart",new er(i,3,0)),this.setAttribute("instanceColorEnd",new er(i,3,3)),this}fromWireframeGeometry(e){return this.setPositions(e.attributes.position.array),this}fromEdgesGeometry(e){return this.setPositions(e.attributes.position.array),this}fromMesh(e){return this.fromWireframeGeometry(new zb(e.geometry)),this}fromLineSegments(e){const t=e.geometry;return this.setPositions(t.attributes.position.array),this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Ei);const e=this.attributes.instanceStart,t=this.attributes.instanceEnd;e!==void 0&&t!==void 0&&(this.boundingBox.setFromBufferAttribute(e),pg.setFromBufferAttribute(t),this.boundingBox.union(pg))}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Hi),this.boundingBox===null&&this.computeBoundingBox();const e=this.attributes.instanceStart,t=this.attributes.instanceEnd;if(e!==void 0&&t!==void 0){const i=this.boundingSphere.center;this.boundingBox.getCenter(i);let s=0;for(let r=0,o=e.count;r<o;r++)rc.fromBufferAttribute(e,r),s=Math.max(s,i.distanceToSquared(rc)),rc.fromBufferAttribute(t,r),s=Math.max(s,i.distanceToSquared(rc));this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&console.error("THREE.LineSegmentsGeometry.computeBoundingSphere(): Computed radius is NaN. The instanced position data is likely to have NaN values.",this)}}toJSON(){}}Oe.line={worldUnits:{value:1},linewidth:{value:1},resolution:{value:new at},dashOffset:{value:0},dashScale:{value:1},dashSize:{value:1},gapSize:{value:1}};vi.line={uniforms:vd.merge([Oe.common,Oe.fog,Oe.line]),vertexShader:`
		#include <common>
		#include <color_pars_vertex>
		#include <fog_pars_vertex>
		#include <logdepthbuf_pars_vertex>
		#include <clipping_planes_pars_vertex>

		uniform float linewidth;
		uniform vec2 resolution;

		attribute vec3 instanceStart;
		attribute vec3 instanceEnd;

		attribute vec3 instanceColorStart;
		attribute vec3 instanceColorEnd;

		#ifdef WORLD_UNITS

			varying vec4 worldPos;
			varying vec3 worldStart;
			varying vec3 worldEnd;

			#ifdef USE_DASH

				varying vec2 vUv;

			#endif

		#else

			varying vec2 vUv;

		#endif

		#ifdef USE_DASH

			uniform float dashScale;
			attribute float instanceDistanceStart;
			attribute float instanceDistanceEnd;
			varying float vLineDistance;

		#endif

		float trimSegmentAlpha( const in vec4 start, const in vec4 end ) {

			// compute the interpolation factor needed to trim the segment so it terminates
			// between the camera plane and the near plane

			// conservative estimate of the near plane
			float a = projectionMatrix[ 2 ][ 2 ]; // 3nd entry in 3th column
			float b = projectionMatrix[ 3 ][ 2 ]; // 3nd entry in 4th column

			// we need different nearEstimate formula for reversed and default depth buffer
			// a is positive with a reversed depth buffer so it can be used for controlling the code flow
			float nearEstimate = ( a > 0.0 ) ? ( - b / ( a + 1.0 ) ) : ( - 0.5 * b / a );

			return ( nearEstimate - start.z ) / ( end.z - start.z );

		}

		void main() {

			#ifdef USE_COLOR

				vColor.xyz = ( position.y < 0.5 ) ? instanceColorStart : instanceColorEnd;

			#endif

			float aspect = resolution.x / resolution.y;

			// camera space
			vec4 start = modelViewMatrix * vec4( instanceStart, 1.0 );
			vec4 end = modelViewMatrix * vec4( instanceEnd, 1.0 );

			#ifdef USE_DASH

				float lineDistanceStart = dashScale * instanceDistanceStart;
				float lineDistanceEnd = dashScale * instanceDistanceEnd;

			#endif

			#ifdef WORLD_UNITS

				worldStart = start.xyz;
				worldEnd = end.xyz;

			#else

				vUv = uv;

			#endif

			// special case for perspective projection, and segments that terminate either in, or behind, the camera plane
			// clearly the gpu firmware has a way of addressing this issue when projecting into ndc space
			// but we need to perform ndc-space calculations in the shader, so we must address this issue directly
			// perhaps there is a more elegant solution -- WestLangley

			bool perspective = ( projectionMatrix[ 2 ][ 3 ] == - 1.0 ); // 4th entry in the 3rd column

			if ( perspective ) {

				if ( start.z < 0.0 && end.z >= 0.0 ) {

					float alpha = trimSegmentAlpha( start, end );
					end.xyz = mix( start.xyz, end.xyz, alpha );

					#ifdef USE_DASH

						lineDistanceEnd = mix( lineDistanceStart, lineDistanceEnd, alpha );

					#endif

				} else if ( end.z < 0.0 && start.z >= 0.0 ) {

					float alpha = trimSegmentAlpha( end, start );
					start.xyz = mix( end.xyz, start.xyz, alpha );

					#ifdef USE_DASH

						lineDistanceStart = mix( lineDistanceEnd, lineDistanceStart, alpha );

					#endif

				}

			}

			#ifdef USE_DASH

				vLineDistance = ( position.y < 0.5 ) ? lineDistanceStart : lineDistanceEnd;
				vUv = uv;

			#endif

			// clip space
			vec4 clipStart = projectionMatrix * start;
			vec4 clipEnd = projectionMatrix * end;

			// ndc space
			vec3 ndcStart = clipStart.xyz / clipStart.w;
			vec3 ndcEnd = clipEnd.xyz / clipEnd.w;

			// direction
			vec2 dir = ndcEnd.xy - ndcStart.xy;

			// account for clip-space aspect ratio
			dir.x *= aspect;
			dir = normalize( dir );

			#ifdef WORLD_UNITS

				vec3 worldDir = normalize( end.xyz - start.xyz );
				vec3 tmpFwd = perspective ? normalize( mix( start.xyz, end.xyz, 0.5 ) ) : vec3( 0.0, 0.0, - 1.0 );
				vec3 worldUp = normalize( cross( worldDir, tmpFwd ) );
				vec3 worldFwd = cross( worldDir, worldUp );
				worldPos = position.y < 0.5 ? start: end;

				// height offset
				float hw = linewidth * 0.5;
				worldPos.xyz += position.x < 0.0 ? hw * worldUp : - hw * worldUp;

				// don't extend the line if we're rendering dashes because we
				// won't be rendering the endcaps
				#ifndef USE_DASH

					// cap extension
					worldPos.xyz += position.y < 0.5 ? - hw * worldDir : hw * worldDir;

					// add width to the box
					worldPos.xyz += worldFwd * hw;

					// endcaps
					if ( position.y > 1.0 || position.y < 0.0 ) {

						worldPos.xyz -= worldFwd * 2.0 * hw;

					}

				#endif

				// project the worldpos
				vec4 clip = projectionMatrix * worldPos;

				// shift the depth of the projected points so the line
				// segments overlap neatly
				vec3 clipPose = ( position.y < 0.5 ) ? ndcStart : ndcEnd;

				// only shift the depth of vertices in front of the camera (#35137)
				if ( clip.w > 0.0 ) clip.z = clipPose.z * clip.w;

			#else

				vec2 offset = vec2( dir.y, - dir.x );
				// undo aspect ratio adjustment
				dir.x /= aspect;
				offset.x /= aspect;

				// sign flip
				if ( position.x < 0.0 ) offset *= - 1.0;

				// endcaps
				if ( position.y < 0.0 ) {

					offset += - dir;

				} else if ( position.y > 1.0 ) {

					offset += dir;

				}

				// adjust for linewidth
				offset *= linewidth;

				// adjust for clip-space to screen-space conversion // maybe resolution should be based on viewport ...
				offset /= resolution.y;

				// select end
				vec4 clip = ( position.y < 0.5 ) ? clipStart : clipEnd;

				// back to clip space
				offset *= clip.w;

				clip.xy += offset;

			#endif

			gl_Position = clip;

			vec4 mvPosition = ( position.y < 0.5 ) ? start : end; // this is an approximation

			#include <logdepthbuf_vertex>
			#include <clipping_planes_vertex>
			#include <fog_vertex>

		}
		`,fragmentShader:`
		uniform vec3 diffuse;
		uniform float opacity;
		uniform float linewidth;

		#ifdef USE_DASH

			uniform float dashOffset;
			uniform float dashSize;
			uniform float gapSize;

		#endif

		varying float vLineDistance;

		#ifdef WORLD_UNITS

			varying vec4 worldPos;
			varying vec3 worldStart;
			varying vec3 worldEnd;

			#ifdef USE_DASH

				varying vec2 vUv;

			#endif

		#else

			varying vec2 vUv;

		#endif

		#include <common>
		#include <color_pars_fragment>
		#include <fog_pars_fragment>
		#include <logdepthbuf_pars_fragment>
		#include <clipping_planes_pars_fragment>

		vec2 closestLineToLine(vec3 p1, vec3 p2, vec3 p3, vec3 p4) {

			float mua;
			float mub;

			vec3 p13 = p1 - p3;
			vec3 p43 = p4 - p3;

			vec3 p21 = p2 - p1;

			float d1343 = dot( p13, p43 );
			float d4321 = dot( p43, p21 );
			float d1321 = dot( p13, p21 );
			float d4343 = dot( p43, p43 );
			float d2121 = dot( p21, p21 );

			float denom = d2121 * d4343 - d4321 * d4321;

			float numer = d1343 * d4321 - d1321 * d4343;

			mua = numer / denom;
			mua = clamp( mua, 0.0, 1.0 );
			mub = ( d1343 + d4321 * ( mua ) ) / d4343;
			mub = clamp( mub, 0.0, 1.0 );

			return vec2( mua, mub );

		}

		void main() {

			float alpha = opacity;
			vec4 diffuseColor = vec4( diffuse, alpha );

			#include <clipping_planes_fragment>

			#ifdef USE_DASH

				if ( vUv.y < - 1.0 || vUv.y > 1.0 ) discard; // discard endcaps

				if ( mod( vLineDistance + dashOffset, dashSize + gapSize ) > dashSize ) discard; // todo - FIX

			#endif

			#ifdef WORLD_UNITS

				float len;

				if ( isOrthographic ) {

					// View rays are parallel to the z axis so the distance reduces to camera-space XY
					vec2 lineDir = worldEnd.xy - worldStart.xy;
					float t = clamp( dot( worldPos.xy - worldStart.xy, lineDir ) / dot( lineDir, lineDir ), 0.0, 1.0 );
					len = length( worldStart.xy + lineDir * t - worldPos.xy );

				} else {

					// Find the closest points on the view ray and the line segment
					vec3 rayEnd = normalize( worldPos.xyz ) * 1e5;
					vec3 lineDir = worldEnd - worldStart;
					vec2 params = closestLineToLine( worldStart, worldEnd, vec3( 0.0, 0.0, 0.0 ), rayEnd );

					vec3 p1 = worldStart + lineDir * params.x;
					vec3 p2 = rayEnd * params.y;
					vec3 delta = p1 - p2;
					len = length( delta );

				}

				float norm = len / linewidth;

				#ifndef USE_DASH

					#ifdef USE_ALPHA_TO_COVERAGE

						float dnorm = fwidth( norm );
						alpha = 1.0 - smoothstep( 0.5 - dnorm, 0.5 + dnorm, norm );

					#else

						if ( norm > 0.5 ) {

							discard;

						}

					#endif

				#endif

			#else

				#ifdef USE_ALPHA_TO_COVERAGE

					// artifacts appear on some hardware if a derivative is taken within a conditional
					float a = vUv.x;
					float b = ( vUv.y > 0.0 ) ? vUv.y - 1.0 : vUv.y + 1.0;
					float len2 = a * a + b * b;
					float dlen = fwidth( len2 );

					if ( abs( vUv.y ) > 1.0 ) {

						alpha = 1.0 - smoothstep( 1.0 - dlen, 1.0 + dlen, len2 );

					}

				#else

					if ( abs( vUv.y ) > 1.0 ) {

						float a = vUv.x;
						float b = ( vUv.y > 0.0 ) ? vUv.y - 1.0 : vUv.y + 1.0;
						float len2 = a * a + b * b;

						if ( len2 > 1.0 ) discard;

					}

				#endif

			#endif

			#include <logdepthbuf_fragment>
			#include <color_fragment>

			gl_FragColor = vec4( diffuseColor.rgb, alpha );

			#include <tonemapping_fragment>
			#include <colorspace_fragment>
			#include <fog_fragment>
			#include <premultiplied_alpha_fragment>

		}
		`};class Ed extends ps{constructor(e){super({type:"LineMaterial",uniforms:vd.clone(vi.line.uniforms),vertexShader:vi.line.vertexShader,fragmentShader:vi.line.fragmentShader,clipping:!0}),this.isLineMaterial=!0,this.setValues(e)}get color(){return this.uniforms.diffuse.value}set color(e){this.uniforms.diffuse.value=e}get worldUnits(){return"WORLD_UNITS"in this.defines}set worldUnits(e){e===!0!==this.worldUnits&&(this.needsUpdate=!0),e===!0?this.defines.WORLD_UNITS="":delete this.defines.WORLD_UNITS}get linewidth(){return this.uniforms.linewidth.value}set linewidth(e){this.uniforms.linewidth&&(this.uniforms.linewidth.value=e)}get dashed(){return"USE_DASH"in this.defines}set dashed(e){e===!0!==this.dashed&&(this.needsUpdate=!0),e===!0?this.defines.USE_DASH="":delete this.defines.USE_DASH}get dashScale(){return this.uniforms.dashScale.value}set dashScale(e){this.uniforms.dashScale.value=e}get dashSize(){return this.uniforms.dashSize.value}set dashSize(e){this.uniforms.dashSize.value=e}get dashOffset(){return this.uniforms.dashOffset.value}set dashOffset(e){this.uniforms.dashOffset.value=e}get gapSize(){return this.uniforms.gapSize.value}set gapSize(e){this.uniforms.gapSize.value=e}get opacity(){return this.uniforms.opacity.value}set opacity(e){this.uniforms&&(this.uniforms.opacity.value=e)}get resolution(){return this.uniforms.resolution.value}set resolution(e){this.uniforms.resolution.value.copy(e)}get alphaToCoverage(){return"USE_ALPHA_TO_COVERAGE"in this.defines}set alphaToCoverage(e){this.defines&&(e===!0!==this.alphaToCoverage&&(this.needsUpdate=!0),e===!0?this.defines.USE_ALPHA_TO_COVERAGE="":delete this.defines.USE_ALPHA_TO_COVERAGE)}}const oh=new Xt,mg=new V,gg=new V,Qn=new Xt,ei=new Xt,Ts=new Xt,ah=new V,lh=new mt,ti=new PM,_g=new V,oc=new Ei,ac=new Hi,As=new Xt;let Cs,Zr;function xg(n,e,t){return As.set(0,0,-e,1).applyMatrix4(n.projectionMatrix),As.multiplyScalar(1/As.w),As.x=Zr/t.width,As.y=Zr/t.height,As.applyMatrix4(n.projectionMatrixInverse),As.multiplyScalar(1/As.w),Math.abs(Math.max(As.x,As.y))}function _R(n,e){const t=n.matrixWorld,i=n.geometry,s=i.attributes.instanceStart,r=i.attributes.instanceEnd,o=Math.min(i.instanceCount,s.count);for(let a=0,l=o;a<l;a++){ti.start.fromBufferAttribute(s,a),ti.end.fromBufferAttribute(r,a),ti.applyMatrix4(t);const c=new V,u=new V;Cs.distanceSqToSegment(ti.start,ti.end,u,c),u.distanceTo(c)<Zr*.5&&e.push({point:u,pointOnLine:c,distance:Cs.origin.distanceTo(u),object:n,face:null,faceIndex:a,uv:null,uv1:null})}}function xR(n,e,t){const i=e.projectionMatrix,r=n.material.resolution,o=n.matrixWorld,a=n.geometry,l=a.attributes.instanceStart,c=a.attributes.instanceEnd,u=Math.min(a.instanceCount,l.count),h=-e.near;Cs.at(1,Ts),Ts.w=1,Ts.applyMatrix4(e.matrixWorldInverse),Ts.applyMatrix4(i),Ts.multiplyScalar(1/Ts.w),Ts.x*=r.x/2,Ts.y*=r.y/2,Ts.z=0,ah.copy(Ts),lh.multiplyMatrices(e.matrixWorldInverse,o);for(let f=0,d=u;f<d;f++){if(Qn.fromBufferAttribute(l,f),ei.fromBufferAttribute(c,f),Qn.w=1,ei.w=1,Qn.applyMatrix4(lh),ei.applyMatrix4(lh),Qn.z>h&&ei.z>h)continue;if(Qn.z>h){const M=Qn.z-ei.z,y=(Qn.z-h)/M;Qn.lerp(ei,y)}else if(ei.z>h){const M=ei.z-Qn.z,y=(ei.z-h)/M;ei.lerp(Qn,y)}Qn.applyMatrix4(i),ei.applyMatrix4(i),Qn.multiplyScalar(1/Qn.w),ei.multiplyScalar(1/ei.w),Qn.x*=r.x/2,Qn.y*=r.y/2,ei.x*=r.x/2,ei.y*=r.y/2,ti.start.copy(Qn),ti.start.z=0,ti.end.copy(ei),ti.end.z=0;const x=ti.closestPointToPointParameter(ah,!0);ti.at(x,_g);const m=sl.lerp(Qn.z,ei.z,x),g=m>=-1&&m<=1,v=ah.distanceTo(_g)<Zr*.5;if(g&&v){ti.start.fromBufferAttribute(l,f),ti.end.fromBufferAttribute(c,f),ti.start.applyMatrix4(o),ti.end.applyMatrix4(o);const M=new V,y=new V;Cs.distanceSqToSegment(ti.start,ti.end,y,M),t.push({point:y,pointOnLine:M,distance:Cs.origin.distanceTo(y),object:n,face:null,faceIndex:f,uv:null,uv1:null})}}}class vR extends ni{constructor(e=new tx,t=new Ed({color:Math.random()*16777215})){super(e,t),this.isLineSegments2=!0,this.type="LineSegments2"}computeLineDistances(){const e=this.geometry,t=e.attributes.instanceStart,i=e.attributes.instanceEnd,s=new Float32Array(2*t.count);for(let o=0,a=0,l=t.count;o<l;o++,a+=2)mg.fromBufferAttribute(t,o),gg.fromBufferAttribute(i,o),s[a]=a===0?0:s[a-1],s[a+1]=s[a]+mg.distanceTo(gg);const r=new Lf(s,2,1);return e.setAttribute("instanceDistanceStart",new er(r,1,0)),e.setAttribute("instanceDistanceEnd",new er(r,1,1)),this}raycast(e,t){const i=this.material.worldUnits,s=e.camera;if(s===null&&!i&&console.error('LineSegments2: "Raycaster.camera" needs to be set in order to raycast against LineSegments2 while worldUnits is set to false.'),i===!1&&(this.material.resolution.x===0||this.material.resolution.y===0))return;const r=e.params.Line2!==void 0&&e.params.Line2.threshold||0;Cs=e.ray;const o=this.matrixWorld,a=this.geometry,l=this.material;Zr=l.linewidth+r,a.boundingSphere===null&&a.computeBoundingSphere(),ac.copy(a.boundingSphere).applyMatrix4(o);let c;if(i)c=Zr*.5;else{const h=Math.max(s.near,ac.distanceToPoint(Cs.origin));c=xg(s,h,l.resolution)}if(ac.radius+=c,Cs.intersectsSphere(ac)===!1)return;a.boundingBox===null&&a.computeBoundingBox(),oc.copy(a.boundingBox).applyMatrix4(o);let u;if(i)u=Zr*.5;else{const h=Math.max(s.near,oc.distanceToPoint(Cs.origin));u=xg(s,h,l.resolution)}oc.expandByScalar(u),Cs.intersectsBox(oc)!==!1&&(i?_R(this,t):xR(this,s,t))}onBeforeRender(e){const t=this.material.uniforms;t&&t.resolution&&(e.getViewport(oh),this.material.uniforms.resolution.value.set(oh.z,oh.w))}}const yR=`
attribute float radius;
attribute vec4 color;
uniform float pixelsPerUnit;
uniform float pixelRatio;
uniform bool orthographic;
uniform float highlight;
varying vec4 vColor;
varying float vHighlight;
varying float vSize;
void main() {
  vHighlight = (highlight == -1.0 || float(gl_VertexID) == highlight) ? 1.0 : 0.0;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  // Positive radii are scene units, negative ones UI points (as in Rerun).
  float px = radius >= 0.0
    ? (orthographic ? radius * pixelsPerUnit : radius * pixelsPerUnit / max(-mv.z, 1e-6))
    : -radius * pixelRatio;
  gl_PointSize = max(2.0 * px, 1.5) + vHighlight * 4.0 * pixelRatio;
  vSize = gl_PointSize;
  vColor = color;
}`,SR=`
varying vec4 vColor;
varying float vHighlight;
varying float vSize;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  // Selected instances get a white rim.
  if (vHighlight > 0.5 && sqrt(r2) > 1.0 - 5.0 / max(vSize, 6.0)) {
    gl_FragColor = vec4(1.0);
    return;
  }
  // Points look like softly lit spheres, as in Rerun.
  float shade = 0.75 + 0.35 * sqrt(1.0 - r2);
  gl_FragColor = vec4(min(vColor.rgb * shade, vec3(1.0)), vColor.a);
}`;function bR(n){return new ps({vertexShader:yR,fragmentShader:SR,uniforms:{pixelsPerUnit:{value:1},pixelRatio:{value:window.devicePixelRatio||1},orthographic:{value:!1},highlight:{value:-2}},transparent:n})}function MR(n){const e=new Ed({vertexColors:!0,linewidth:2,worldUnits:!1,transparent:!1});return e.userData.radius=n,e}function ER(n,e){n.traverse(t=>{const i=t.material;if(i)if(i instanceof Ed){i.resolution.set(e.width*e.pixelRatio,e.height*e.pixelRatio);const s=i.userData.radius;s>=0&&!e.orthographic?(i.worldUnits=!0,i.linewidth=2*s):(i.worldUnits=!1,i.linewidth=Math.max(1,s>=0?2*s*e.pixelsPerUnit:-2*s*e.pixelRatio))}else i instanceof ps&&"pixelsPerUnit"in i.uniforms&&(i.uniforms.pixelsPerUnit.value=e.pixelsPerUnit,i.uniforms.pixelRatio.value=e.pixelRatio,i.uniforms.orthographic.value=e.orthographic)})}const wR=300;function TR(n,e,t){const i=new Ps,s=[],r=[],o=[];for(const a of n){const l=new mt().fromArray(a.world_from_entity),c={group:i,labels:s,picks:r,pending:o,array:e,matrix:l,flat:t};try{switch(a.kind){case"points":AR(a,c);break;case"boxes":RR(a,c);break;case"arrows":CR(a,c);break;case"lines":LR(a,c);break;case"mesh":PR(a,c);break;case"image":case"depth":case"segmentation":IR(a,c);break;case"camera":NR(a,c);break;case"axes":FR(a,c);break;case"asset":UR(a,c);break;default:console.warn("unknown drawable",a)}}catch(u){console.error(`cannot draw ${a.entity}`,u)}}return{group:i,labels:s.slice(0,wR),picks:r,ready:Promise.all(o).then(()=>{})}}function la(n,e,t,i=0){n.matrixAutoUpdate=!1,n.matrix.copy(t.matrix),n.userData.entity=e,t.flat&&(n.renderOrder=i,n.traverse(s=>{const r=s.material;r&&(r.depthTest=!1,r.depthWrite=!1),s.renderOrder=i})),t.group.add(n)}function no(n,e){if(!n)return new Float32Array(0);const t=pi(n);if(e===3)return t instanceof Float32Array?t:Float32Array.from(t);const i=Math.floor(t.length/e),s=new Float32Array(i*3);for(let r=0;r<i;r++)s[r*3]=t[r*e],s[r*3+1]=e>1?t[r*e+1]:0;return s}function io(n,e,t){if(!n)return t;const i=n.data;return n.shape[0]===1&&(e=0),(e+1)*4>i.length?t:[i[e*4],i[e*4+1],i[e*4+2],i[e*4+3]]}function ll(n,e,t){if(!n)return t;const i=n.data;return i.length?i[Math.min(e,i.length-1)]:t}function vg(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function yl(n,e){const t=new Float32Array(n.length),i=new V;for(let s=0;s<n.length;s+=3)i.set(n[s],n[s+1],n[s+2]).applyMatrix4(e),t[s]=i.x,t[s+1]=i.y,t[s+2]=i.z;return t}function ru(n,e,t,i,s,r){if(!t||!t.length)return;const o=i.length/3;if(t.length===1&&o>1){const a=new V;for(let l=0;l<o;l++)a.add(new V(i[l*3],i[l*3+1],i[l*3+2]));a.divideScalar(o).applyMatrix4(n.matrix),n.labels.push({text:t[0],position:a,color:vg(io(s,0,r)),entity:e});return}for(let a=0;a<Math.min(o,t.length);a++){const l=new V(i[a*3],i[a*3+1],i[a*3+2]).applyMatrix4(n.matrix);n.labels.push({text:t[a],position:l,color:vg(io(s,a,r)),entity:e})}}function AR(n,e){const t=no(e.array(n.positions),n.dim),i=t.length/3;if(!i)return;const s=e.array(n.colors),r=e.array(n.radii),o=new Uint8Array(i*4),a=new Float32Array(i);let l=!1;for(let f=0;f<i;f++){const d=io(s,f,n.default_color);o.set(d,f*4),d[3]<255&&(l=!0),a[f]=ll(r,f,n.default_radius)}const c=new Mn;c.setAttribute("position",new mn(t,3)),c.setAttribute("color",new mn(o,4,!0)),c.setAttribute("radius",new mn(a,1));const u=new Ya(c,bR(l));u.frustumCulled=!1,la(u,n.entity,e,n.draw_order),e.picks.push({entity:n.entity,positions:yl(t,e.matrix),radii:a}),ru(e,n.entity,n.labels,t,s,n.default_color);const h=e.array(n.edges);if(h&&h.data.length){const f=pi(h),d=[],p=[];for(let x=0;x+1<f.length;x+=2){const m=f[x],g=f[x+1];if(m>=i||g>=i)continue;d.push(t[m*3],t[m*3+1],t[m*3+2],t[g*3],t[g*3+1],t[g*3+2]);const v=io(s,m,n.default_color);p.push(v[0]/255,v[1]/255,v[2]/255,v[0]/255,v[1]/255,v[2]/255)}nx(e,n.entity,new Float32Array(d),new Float32Array(p),ll(r,0,n.default_radius)*.5,n.draw_order-.5)}}function nx(n,e,t,i,s,r){if(!t.length)return;const o=new tx;o.setPositions(t),o.setColors(i);const a=new vR(o,MR(s));a.computeLineDistances(),a.frustumCulled=!1,la(a,e,n,r)}class Sl{byRadius=new Map;add(e,t,i,s){let r=this.byRadius.get(e);r||this.byRadius.set(e,r={pos:[],col:[]}),r.pos.push(t[0],t[1],t[2],i[0],i[1],i[2]),r.col.push(s[0]/255,s[1]/255,s[2]/255,s[0]/255,s[1]/255,s[2]/255)}flush(e,t,i){for(const[s,r]of this.byRadius)nx(e,t,new Float32Array(r.pos),new Float32Array(r.col),s,i)}}function RR(n,e){const t=no(e.array(n.half_sizes),n.dim),i=t.length/3,s=n.centers?no(e.array(n.centers),n.dim):new Float32Array(i*3),r=e.array(n.rotations),o=r?pi(r):null,a=e.array(n.colors),l=e.array(n.radii),c=new Sl,u=new Float32Array(i*3),h=[[-1,-1,-1],[1,-1,-1],[1,1,-1],[-1,1,-1],[-1,-1,1],[1,-1,1],[1,1,1],[-1,1,1]],f=[[0,1],[1,2],[2,3],[3,0],[4,5],[5,6],[6,7],[7,4],[0,4],[1,5],[2,6],[3,7]],d=[[0,1],[1,2],[2,3],[3,0]];for(let p=0;p<i;p++){const x=s.length>=(p+1)*3?p:0,m=s[x*3],g=s[x*3+1],v=s[x*3+2],M=t[p*3],y=t[p*3+1],T=t[p*3+2],b=o&&o.length>=9?(o.length>=(p+1)*9?p:0)*9:-1,_=I=>{const[D,O,W]=h[I],N=D*M,z=O*y,$=n.dim===3?W*T:0;return b<0?[m+N,g+z,v+$]:[m+o[b]*N+o[b+1]*z+o[b+2]*$,g+o[b+3]*N+o[b+4]*z+o[b+5]*$,v+o[b+6]*N+o[b+7]*z+o[b+8]*$]},E=io(a,p,n.default_color),U=ll(l,p,n.default_radius);for(const[I,D]of n.dim===3?f:d)c.add(U,_(I),_(D),E);u.set([m,g,v],p*3)}c.flush(e,n.entity,n.draw_order),e.picks.push({entity:n.entity,positions:yl(u,e.matrix)}),ru(e,n.entity,n.labels,u,a,n.default_color)}function CR(n,e){const t=no(e.array(n.vectors),n.dim),i=t.length/3,s=n.origins?no(e.array(n.origins),n.dim):new Float32Array(i*3),r=e.array(n.colors),o=e.array(n.radii),a=new Sl,l=new Float32Array(i*3),c=[],u=[];for(let d=0;d<i;d++)u.push(Math.hypot(t[d*3],t[d*3+1],t[d*3+2]));const h=u.length?[...u].sort((d,p)=>d-p)[Math.floor(u.length/2)]:1;for(let d=0;d<i;d++){const p=s.length>=(d+1)*3?d:0,x=new V(s[p*3],s[p*3+1],s[p*3+2]),m=new V(t[d*3],t[d*3+1],t[d*3+2]),g=m.length(),v=x.clone().add(m);l.set([v.x,v.y,v.z],d*3);const M=io(r,d,n.default_color),y=ll(o,d,n.default_radius);if(g===0)continue;const T=m.clone().divideScalar(g),b=y>0?Math.min(g*.5,y*8):Math.min(g*.3,h*.05),_=y>0?y*4:b*.5,E=v.clone().addScaledVector(T,-b*.9);a.add(y,x.toArray(),E.toArray(),M),c.push({tip:v,dir:T,len:b,width:_,color:M})}if(a.flush(e,n.entity,n.draw_order),c.length){const d=e.flat?DR():new xd(.5,1,12).translate(0,-.5,0),p=new Dr({side:yi}),x=new P0(d,p,c.length),m=new V(0,1,0);c.forEach((g,v)=>{const M=new Zi().setFromUnitVectors(m,g.dir),y=new mt().compose(g.tip,M,new V(g.width,g.len,g.width));x.setMatrixAt(v,y),x.setColorAt(v,new rt(g.color[0]/255,g.color[1]/255,g.color[2]/255))}),x.frustumCulled=!1,la(x,n.entity,e,n.draw_order)}e.picks.push({entity:n.entity,positions:yl(l,e.matrix)});const f=new Float32Array(i*3);for(let d=0;d<i*3;d++)f[d]=l[d]-t[d]/2;ru(e,n.entity,n.labels,f,r,n.default_color)}function DR(){const n=new Mn;return n.setAttribute("position",new en([0,0,0,-.5,-1,0,.5,-1,0],3)),n}function LR(n,e){const t=no(e.array(n.positions),n.dim),i=pi(e.array(n.offsets)),s=e.array(n.colors),r=e.array(n.radii),o=new Sl,a=Math.max(0,i.length-1),l=new Float32Array(a*3),c=[];for(let u=0;u<a;u++){const h=i[u],f=i[u+1],d=io(s,u,n.default_color),p=ll(r,u,n.default_radius);for(let x=h;x+1<f;x++)o.add(p,t.subarray(x*3,x*3+3),t.subarray(x*3+3,x*3+6),d);for(let x=h;x<f;x++)for(let m=0;m<3;m++)l[u*3+m]+=t[x*3+m]/(f-h);c.push(l[u*3],l[u*3+1],l[u*3+2])}o.flush(e,n.entity,n.draw_order),e.picks.push({entity:n.entity,positions:yl(new Float32Array(c),e.matrix)}),ru(e,n.entity,n.labels,l,s,n.default_color)}function PR(n,e){const t=no(e.array(n.positions),3);if(!t.length)return;const i=new Mn;i.setAttribute("position",new mn(t,3));const s=e.array(n.indices);s&&i.setIndex(new mn(new Uint32Array(pi(s)),1));const r=e.array(n.normals);r?i.setAttribute("normal",new mn(Float32Array.from(pi(r)),3)):i.computeVertexNormals();const o=e.array(n.vertex_colors),a={side:yi,roughness:.8,metalness:0};o?(i.setAttribute("color",new mn(new Uint8Array(pi(o)),4,!0)),a.vertexColors=!0):a.color=new rt(n.default_color[0]/255,n.default_color[1]/255,n.default_color[2]/255);const l=e.array(n.albedo_texture),c=e.array(n.texcoords);if(l&&c&&l.shape.length===3){i.setAttribute("uv",new mn(Float32Array.from(pi(c)),2));const f=new gl(new Uint8Array(pi(l)),l.shape[1],l.shape[0],Oi);f.needsUpdate=!0,a.map=f,a.color=new rt(1,1,1)}const u=new ni(i,new xl(a));la(u,n.entity,e),i.computeBoundingSphere();const h=i.boundingSphere?.center??new V;e.picks.push({entity:n.entity,positions:yl(new Float32Array([h.x,h.y,h.z]),e.matrix)})}function IR(n,e){const t=e.array(n.pixels);if(!t||!n.width||!n.height)return;const i=t.data instanceof Uint8Array?t.data:new Uint8Array(pi(t)),s=new gl(i,n.width,n.height,Oi);s.magFilter=Dn,s.minFilter=Kn,s.generateMipmaps=!1,s.needsUpdate=!0;const r=new Mn,o=n.width,a=n.height;r.setAttribute("position",new en([0,0,0,o,0,0,o,a,0,0,a,0],3)),r.setAttribute("uv",new en([0,0,1,0,1,1,0,1],2)),r.setIndex([0,1,2,0,2,3]);const l=new Dr({map:s,side:yi,transparent:n.opacity<1||n.kind==="segmentation",opacity:n.opacity}),c=new ni(r,l),u=e.array(n.values);c.userData.image={width:o,height:a,values:u?pi(u):void 0},la(c,n.entity,e,n.draw_order)}function NR(n,e){const t=new Sl,i=new V().applyMatrix4(e.matrix),s=n.default_color;if(n.frustum&&n.frustum.length>=12){const o=[0,1,2,3].map(a=>new V(n.frustum[a*3],n.frustum[a*3+1],n.frustum[a*3+2]));for(let a=0;a<4;a++)t.add(-1,i.toArray(),o[a].toArray(),s),t.add(-1,o[a].toArray(),o[(a+1)%4].toArray(),s)}const r=e.matrix;e.matrix=new mt,t.flush(e,n.entity,0),e.matrix=r,e.picks.push({entity:n.entity,positions:new Float32Array([i.x,i.y,i.z])})}function FR(n,e){const t=new Sl,i=n.length;t.add(-1,[0,0,0],[i,0,0],[255,25,25,255]),t.add(-1,[0,0,0],[0,i,0],[25,255,25,255]),t.add(-1,[0,0,0],[0,0,i],[40,80,255,255]),t.flush(e,n.entity,0)}function UR(n,e){const t=e.array(n.blob);if(!t)return;const i=t.data,s=i.buffer.slice(i.byteOffset,i.byteOffset+i.byteLength),r=(n.media_type??"").toLowerCase(),o=e.matrix.clone(),a=c=>{const u=new Ps;u.add(c),la(u,n.entity,{...e,matrix:o})};if(r.includes("stl")){const c=new gR().parse(s);a(new ni(c,new xl({color:11184810,side:yi})))}else r.includes("obj")?a(new mR().parse(new TextDecoder().decode(i))):e.pending.push(new Promise(c=>{new C1().parse(s,"",u=>{a(u.scene),c()},u=>{console.error(`cannot load asset of ${n.entity}`,u),c()})}));const l=new V().applyMatrix4(o);e.picks.push({entity:n.entity,positions:new Float32Array([l.x,l.y,l.z])})}function yg(n){n.traverse(e=>{const t=e;t.geometry?.dispose();const i=Array.isArray(t.material)?t.material:t.material?[t.material]:[];for(const s of i){for(const r of Object.values(s))r instanceof zn&&r.dispose();s.dispose()}})}Dt.enabled=!1;const OR=12;class ix{constructor(e,t,i){this.body=e,this.ctx=t,this.flat=i;let s=null;try{s=new A1({antialias:!0,alpha:!0,preserveDrawingBuffer:!0}),s.outputColorSpace=Mi,s.setPixelRatio(window.devicePixelRatio||1),s.setClearColor(0,0),s.domElement.style.position="absolute",s.domElement.style.inset="0",e.append(s.domElement)}catch(r){console.error("WebGL is not available",r),e.append(Rc("WebGL is not available in this browser"))}if(this.renderer=s,this.tooltip.style.display="none",e.append(this.overlay,this.tooltip,this.note),e.classList.add(i?"spatial-2d":"spatial-3d"),s){let r=null;s.domElement.addEventListener("pointerdown",c=>r={x:c.clientX,y:c.clientY});let o=null;const a=Np(()=>o&&this.hover(o)),l=c=>{o=c,a()};s.domElement.addEventListener("pointermove",l),s.domElement.addEventListener("pointerleave",()=>this.tooltip.style.display="none"),s.domElement.addEventListener("pointerup",c=>{r&&Math.hypot(c.clientX-r.x,c.clientY-r.y)<4&&this.pick(c),r=null})}}body;ctx;flat;renderer;scene=new Tb;built=null;payload=null;overlay=ne("div","overlay");tooltip=ne("div",{class:"tooltip","data-testid":"hover"});note=ne("div");generation=0;requestRender=Np(()=>this.render());update(e){const t=e;this.payload=t;const i=++this.generation;this.built&&(this.scene.remove(this.built.group),yg(this.built.group)),this.built=TR(t.drawables,s=>this.ctx.array(s),this.flat),this.scene.add(this.built.group),this.applySelection(),this.note.replaceChildren(t.drawables.length?"":Rc("Nothing to show at this time")),this.sceneChanged(),this.render(),this.built.ready.then(()=>{i===this.generation&&(this.sceneChanged(),this.render())})}size(){return{width:Math.max(1,this.body.clientWidth),height:Math.max(1,this.body.clientHeight)}}render(){const{width:e,height:t}=this.size();if(this.renderer){const i=this.renderer.domElement;(i.clientWidth!==e||i.clientHeight!==t)&&this.renderer.setSize(e,t),ER(this.scene,this.screenScale(e,t)),this.renderer.render(this.scene,this.camera())}this.drawLabels(e,t),this.built&&this.maybeRendered()}renderedGeneration=-1;maybeRendered(){if(this.renderedGeneration===this.generation)return;const e=this.generation;this.built.ready.then(()=>{e!==this.generation||this.renderedGeneration===e||(this.renderedGeneration=e,requestAnimationFrame(()=>this.ctx.rendered()))})}drawLabels(e,t){const i=this.built?.labels??[];if(!i.length){this.overlay.childElementCount&&this.overlay.replaceChildren();return}const s=this.camera(),r=new V,o=[];for(const a of i){if(r.copy(a.position).project(s),r.z<-1||r.z>1||Math.abs(r.x)>1.2||Math.abs(r.y)>1.2)continue;const l=ne("div",{class:a.entity===this.selectedEntity?"label selected":"label","data-entity-path":a.entity},a.text);l.style.left=`${(r.x+1)/2*e}px`,l.style.top=`${(1-r.y)/2*t}px`,l.style.color=a.color,o.push(l)}this.overlay.replaceChildren(...o)}pick(e){const t=this.hitTest(e.clientX,e.clientY);this.ctx.select(t?{entityPath:t.entity,instance:t.instance}:null)}hover(e){const t=e.buttons===0?this.hitTest(e.clientX,e.clientY):null;if(!t){this.tooltip.style.display="none";return}const i=this.body.getBoundingClientRect();let s=t.instance!==null?`${t.entity}[${t.instance}]`:t.entity;t.pixel&&(s+=`  (${t.pixel[0]}, ${t.pixel[1]})${t.value!==void 0?` = ${t.value}`:""}`),this.tooltip.textContent=s,this.tooltip.style.display="",this.tooltip.style.left=`${e.clientX-i.left+14}px`,this.tooltip.style.top=`${e.clientY-i.top+14}px`}hitTest(e,t){if(!this.built||!this.renderer)return null;const i=this.renderer.domElement.getBoundingClientRect(),s=e-i.left,r=t-i.top,o=this.camera();o.updateMatrixWorld();const a=new V().setFromMatrixColumn(o.matrixWorld,0).normalize(),l=new V,c=new V;let u=null;for(const g of this.built.picks){const v=g.positions;for(let M=0;M+2<v.length;M+=3){l.set(v[M],v[M+1],v[M+2]);let y=OR;const T=g.radii?.[M/3];if(T!==void 0&&T>0?(c.copy(l).addScaledVector(a,T).project(o),l.project(o),y=Math.max(y,Math.abs(c.x-l.x)/2*i.width)):(T!==void 0&&(y=Math.max(y,-T)),l.project(o)),l.z<-1||l.z>1)continue;const b=(l.x+1)/2*i.width,_=(1-l.y)/2*i.height,E=Math.hypot(b-s,_-r);E<y&&(!u||E<u.d)&&(u={entity:g.entity,instance:M/3,count:v.length/3,d:E})}}if(u)return{entity:u.entity,instance:u.count>1?u.instance:null};const h=new CM;h.setFromCamera(new at(s/i.width*2-1,1-r/i.height*2),o);const f=[];this.built.group.traverse(g=>{g.isMesh&&!g.isInstancedMesh&&f.push(g)}),this.scene.updateMatrixWorld(!0);const d=h.intersectObjects(f,!1)[0];let p=d?d.object:null;for(;p&&!p.userData.entity;)p=p.parent;if(!p||!d)return null;const x={entity:p.userData.entity,instance:null},m=d.object.userData.image;if(m&&d.uv){const g=Math.min(Math.floor(d.uv.x*m.width),m.width-1),v=Math.min(Math.floor(d.uv.y*m.height),m.height-1);x.pixel=[g,v],m.values&&(x.value=m.values[v*m.width+g])}return x}setSelection(){this.applySelection(),this.requestRender()}applySelection(){const e=this.ctx.selection();this.built&&(this.built.group.traverse(t=>{const i=t.material;if(!(i instanceof ps)||!("highlight"in i.uniforms))return;const s=e!==null&&t.userData.entity===e.entityPath;i.uniforms.highlight.value=s?e.instance??-1:-2}),this.selectedEntity=e?.entityPath??null)}selectedEntity=null;resize(){this.requestRender()}dispose(){this.built&&yg(this.built.group),this.renderer?.dispose(),this.renderer?.forceContextLoss(),this.body.replaceChildren()}}class kR extends ix{cam=new nu(-1,1,-1,1,-1e4,1e4);cx=0;cy=0;unitsPerPx=1;userMoved=!1;fittedTo="";constructor(e,t){super(e,t,!0),this.cam.position.set(0,0,100);const i=this.renderer?.domElement;i&&(i.addEventListener("wheel",s=>{s.preventDefault();const r=i.getBoundingClientRect(),o=this.toScene(s.clientX-r.left,s.clientY-r.top);this.unitsPerPx*=Math.exp(s.deltaY*.0015);const a=this.toScene(s.clientX-r.left,s.clientY-r.top);this.cx+=o.x-a.x,this.cy+=o.y-a.y,this.userMoved=!0,this.requestRender()},{passive:!1}),i.addEventListener("pointerdown",s=>{if(s.button!==0&&s.button!==1)return;i.setPointerCapture(s.pointerId);let r={x:s.clientX,y:s.clientY};const o=l=>{this.cx-=(l.clientX-r.x)*this.unitsPerPx,this.cy-=(l.clientY-r.y)*this.unitsPerPx,(l.clientX!==r.x||l.clientY!==r.y)&&(this.userMoved=!0),r={x:l.clientX,y:l.clientY},this.requestRender()},a=()=>{i.removeEventListener("pointermove",o),i.removeEventListener("pointerup",a)};i.addEventListener("pointermove",o),i.addEventListener("pointerup",a)}),i.addEventListener("dblclick",()=>{this.userMoved=!1,this.fittedTo="",this.sceneChanged(),this.requestRender()}))}toScene(e,t){const{width:i,height:s}=this.size();return{x:this.cx+(e-i/2)*this.unitsPerPx,y:this.cy+(t-s/2)*this.unitsPerPx}}camera(){return this.cam}screenScale(e,t){const i=e/2*this.unitsPerPx,s=t/2*this.unitsPerPx;this.cam.position.set(this.cx,this.cy,100),this.cam.left=-i,this.cam.right=i,this.cam.top=-s,this.cam.bottom=s,this.cam.updateProjectionMatrix();const r=this.renderer?.getPixelRatio()??1;return{width:e,height:t,pixelRatio:r,orthographic:!0,pixelsPerUnit:r/this.unitsPerPx}}bounds(){const e=this.ctx.props().visual_bounds;if(e&&e.length===4&&e[1]>e[0]&&e[3]>e[2])return{x0:e[0],x1:e[1],y0:e[2],y1:e[3]};const t=this.payload?.canvas_size;if(t&&t[0]>0&&t[1]>0)return{x0:0,x1:t[0],y0:0,y1:t[1]};if(!this.built)return null;this.scene.updateMatrixWorld(!0);const i=new Ei;if(this.built.group.traverse(r=>{const o=r.geometry;o&&(o.computeBoundingBox(),o.boundingBox&&!o.boundingBox.isEmpty()&&i.union(o.boundingBox.clone().applyMatrix4(r.matrixWorld)))}),i.isEmpty())return null;const s=Math.max(i.max.x-i.min.x,i.max.y-i.min.y,.001)*.05;return{x0:i.min.x-s,x1:i.max.x+s,y0:i.min.y-s,y1:i.max.y+s}}sceneChanged(){if(this.userMoved)return;const e=this.bounds();if(!e)return;const{width:t,height:i}=this.size(),s=`${e.x0},${e.x1},${e.y0},${e.y1},${t},${i}`;s!==this.fittedTo&&(this.fittedTo=s,this.cx=(e.x0+e.x1)/2,this.cy=(e.y0+e.y1)/2,this.unitsPerPx=Math.max((e.x1-e.x0)/t,(e.y1-e.y0)/i,1e-9))}resize(){this.sceneChanged(),super.resize()}}const BR={kind:"2D",label:"2D",create:(n,e)=>new kR(n,e)},Sg={type:"change"},wd={type:"start"},sx={type:"end"},lc=new ia,bg=new Zs,zR=Math.cos(70*sl.DEG2RAD),Fn=new V,_i=2*Math.PI,Wt={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},ch=1e-6;class HR extends IM{constructor(e,t=null){super(e,t),this.state=Wt.NONE,this.target=new V,this.cursor=new V,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:No.ROTATE,MIDDLE:No.DOLLY,RIGHT:No.PAN},this.touches={ONE:Do.ROTATE,TWO:Do.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new V,this._lastQuaternion=new Zi,this._lastTargetPosition=new V,this._quat=new Zi().setFromUnitVectors(e.up,new V(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new Fm,this._sphericalDelta=new Fm,this._scale=1,this._panOffset=new V,this._rotateStart=new at,this._rotateEnd=new at,this._rotateDelta=new at,this._panStart=new at,this._panEnd=new at,this._panDelta=new at,this._dollyStart=new at,this._dollyEnd=new at,this._dollyDelta=new at,this._dollyDirection=new V,this._mouse=new at,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=GR.bind(this),this._onPointerDown=VR.bind(this),this._onPointerUp=WR.bind(this),this._onContextMenu=JR.bind(this),this._onMouseWheel=YR.bind(this),this._onKeyDown=$R.bind(this),this._onTouchStart=KR.bind(this),this._onTouchMove=jR.bind(this),this._onMouseDown=XR.bind(this),this._onMouseMove=qR.bind(this),this._interceptControlDown=ZR.bind(this),this._interceptControlUp=QR.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=Wt.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(Sg),this.update(),this.state=Wt.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){const t=this.object.position;Fn.copy(t).sub(this.target),Fn.applyQuaternion(this._quat),this._spherical.setFromVector3(Fn),this.autoRotate&&this.state===Wt.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,s=this.maxAzimuthAngle;isFinite(i)&&isFinite(s)&&(i<-Math.PI?i+=_i:i>Math.PI&&(i-=_i),s<-Math.PI?s+=_i:s>Math.PI&&(s-=_i),i<=s?this._spherical.theta=Math.max(i,Math.min(s,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+s)/2?Math.max(i,this._spherical.theta):Math.min(s,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let r=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{const o=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),r=o!=this._spherical.radius}if(Fn.setFromSpherical(this._spherical),Fn.applyQuaternion(this._quatInverse),t.copy(this.target).add(Fn),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let o=null;if(this.object.isPerspectiveCamera){const a=Fn.length();o=this._clampDistance(a*this._scale);const l=a-o;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),r=!!l}else if(this.object.isOrthographicCamera){const a=new V(this._mouse.x,this._mouse.y,0);a.unproject(this.object);const l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),r=l!==this.object.zoom;const c=new V(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(a),this.object.updateMatrixWorld(),o=Fn.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;o!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(o).add(this.object.position):(lc.origin.copy(this.object.position),lc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(lc.direction))<zR?this.object.lookAt(this.target):(bg.setFromNormalAndCoplanarPoint(this.object.up,this.target),lc.intersectPlane(bg,this.target))))}else if(this.object.isOrthographicCamera){const o=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),o!==this.object.zoom&&(this.object.updateProjectionMatrix(),r=!0)}return this._scale=1,this._performCursorZoom=!1,r||this._lastPosition.distanceToSquared(this.object.position)>ch||8*(1-this._lastQuaternion.dot(this.object.quaternion))>ch||this._lastTargetPosition.distanceToSquared(this.target)>ch?(this.dispatchEvent(Sg),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?_i/60*this.autoRotateSpeed*e:_i/60/60*this.autoRotateSpeed}_getZoomScale(e){const t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Fn.setFromMatrixColumn(t,0),Fn.multiplyScalar(-e),this._panOffset.add(Fn)}_panUp(e,t){this.screenSpacePanning===!0?Fn.setFromMatrixColumn(t,1):(Fn.setFromMatrixColumn(t,0),Fn.crossVectors(this.object.up,Fn)),Fn.multiplyScalar(e),this._panOffset.add(Fn)}_pan(e,t){const i=this.domElement;if(this.object.isPerspectiveCamera){const s=this.object.position;Fn.copy(s).sub(this.target);let r=Fn.length();r*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*r/i.clientHeight,this.object.matrix),this._panUp(2*t*r/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;const i=this.domElement.getBoundingClientRect(),s=e-i.left,r=t-i.top,o=i.width,a=i.height;this._mouse.x=s/o*2-1,this._mouse.y=-(r/a)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);const t=this.domElement;this._rotateLeft(_i*this._rotateDelta.x/t.clientHeight),this._rotateUp(_i*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(_i*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-_i*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(_i*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-_i*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{const t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._rotateStart.set(i,s)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{const t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panStart.set(i,s)}}_handleTouchStartDolly(e){const t=this._getSecondPointerPosition(e),i=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(i*i+s*s);this._dollyStart.set(0,r)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{const i=this._getSecondPointerPosition(e),s=.5*(e.pageX+i.x),r=.5*(e.pageY+i.y);this._rotateEnd.set(s,r)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);const t=this.domElement;this._rotateLeft(_i*this._rotateDelta.x/t.clientHeight),this._rotateUp(_i*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{const t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panEnd.set(i,s)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){const t=this._getSecondPointerPosition(e),i=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(i*i+s*s);this._dollyEnd.set(0,r),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);const o=(e.pageX+t.x)*.5,a=(e.pageY+t.y)*.5;this._updateZoomParameters(o,a)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new at,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){const t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){const t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}}function VR(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function GR(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function WR(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(sx),this.state=Wt.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:const e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function XR(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case No.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=Wt.DOLLY;break;case No.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Wt.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Wt.ROTATE}break;case No.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Wt.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Wt.PAN}break;default:this.state=Wt.NONE}this.state!==Wt.NONE&&this.dispatchEvent(wd)}function qR(n){switch(this.state){case Wt.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case Wt.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case Wt.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function YR(n){this.enabled===!1||this.enableZoom===!1||this.state!==Wt.NONE||(n.preventDefault(),this.dispatchEvent(wd),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(sx))}function $R(n){this.enabled!==!1&&this._handleKeyDown(n)}function KR(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Do.ROTATE:if(this.enableRotate===!1){this.state=Wt.NONE;break}this._handleTouchStartRotate(n),this.state=Wt.TOUCH_ROTATE;break;case Do.PAN:if(this.enablePan===!1){this.state=Wt.NONE;break}this._handleTouchStartPan(n),this.state=Wt.TOUCH_PAN;break;default:this.state=Wt.NONE}break;case 2:switch(this.touches.TWO){case Do.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=Wt.TOUCH_DOLLY_PAN;break;case Do.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=Wt.TOUCH_DOLLY_ROTATE;break;default:this.state=Wt.NONE}break;default:this.state=Wt.NONE}this.state!==Wt.NONE&&this.dispatchEvent(wd)}function jR(n){switch(this._trackPointer(n),this.state){case Wt.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case Wt.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case Wt.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case Wt.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=Wt.NONE}}function JR(n){this.enabled!==!1&&n.preventDefault()}function ZR(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function QR(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}const Mg=new V(0,0,1);class eC extends ix{cam=new xi(50,1,.01,1e5);controls=null;userMoved=!1;up=Mg.clone();fittedRadius=0;constructor(e,t){super(e,t,!1),this.scene.add(new gM(16777215,2.2));const i=new z0(16777215,1);i.position.set(1,2,3),this.cam.add(i),this.scene.add(this.cam),this.cam.up.copy(this.up),this.cam.position.set(5,5,5),this.makeControls(),e.addEventListener("dblclick",()=>{this.userMoved=!1,this.fit(!0),this.requestRender()})}makeControls(){if(this.controls?.dispose(),!this.renderer)return;const e=new HR(this.cam,this.renderer.domElement);e.enableDamping=!1,e.addEventListener("start",()=>this.userMoved=!0),e.addEventListener("change",()=>this.requestRender()),this.controls=e}camera(){return this.cam}screenScale(e,t){const i=this.renderer?.getPixelRatio()??1;this.cam.aspect=e/t,this.cam.updateProjectionMatrix();const s=t*i/(2*Math.tan(sl.degToRad(this.cam.fov)/2));return{width:e,height:t,pixelRatio:i,orthographic:!1,pixelsPerUnit:s}}sceneChanged(){const e=this.payload?.view_coordinates,t=e?.up?new V(e.up[0],e.up[1],e.up[2]).normalize():Mg.clone();t.equals(this.up)||(this.up=t,this.cam.up.copy(t),this.makeControls(),this.userMoved=!1),this.userMoved||this.fit(!1)}fit(e){if(!this.built)return;this.scene.updateMatrixWorld(!0);const t=new Ei;if(this.built.group.traverse(m=>{const g=m.geometry;if(g&&(g.boundingBox||g.computeBoundingBox(),!(!g.boundingBox||g.boundingBox.isEmpty()))){if(m.isInstancedMesh){const v=m;v.computeBoundingBox(),v.boundingBox&&t.union(v.boundingBox.clone().applyMatrix4(m.matrixWorld));return}t.union(g.boundingBox.clone().applyMatrix4(m.matrixWorld))}}),t.isEmpty())return;const i=t.getBoundingSphere(new Hi),s=Math.max(i.radius,.001);if(!e&&Math.abs(s-this.fittedRadius)<1e-6&&this.controls&&this.controls.target.distanceTo(i.center)<1e-6)return;this.fittedRadius=s;const r=this.up.clone(),o=Math.abs(r.z)>.9?new V(.3,-Math.sign(r.z),0):Math.abs(r.y)>.9?new V(.3,0,Math.sign(r.y)):new V(0,.3,1);o.addScaledVector(r,-o.dot(r)).normalize();const a=o.addScaledVector(r,.45).normalize(),l=[0,1,2,3,4,5,6,7].map(m=>new V(m&1?t.max.x:t.min.x,m&2?t.max.y:t.min.y,m&4?t.max.z:t.min.z)),{width:c,height:u}=this.size();this.cam.aspect=c/u;const h=m=>{this.cam.position.copy(i.center).addScaledVector(a,m),this.cam.near=Math.max(m/1e3,1e-4),this.cam.far=m*100+s*10,this.cam.lookAt(i.center),this.cam.updateProjectionMatrix(),this.cam.updateMatrixWorld(!0);let g=0;for(const v of l){const M=v.clone().project(this.cam);if(M.z>1||M.z<-1)return 1/0;g=Math.max(g,Math.abs(M.x),Math.abs(M.y))}return g},f=s/Math.sin(sl.degToRad(this.cam.fov)/2);let d=f*.05,p=f*1.5;for(let m=0;m<30;m++){const g=(d+p)/2;h(g)>.92?d=g:p=g}const x=p;this.cam.position.copy(i.center).addScaledVector(a,x),this.cam.near=Math.max(x/1e3,1e-4),this.cam.far=x*100+s*10,this.cam.updateProjectionMatrix(),this.controls?(this.controls.target.copy(i.center),this.controls.update()):this.cam.lookAt(i.center)}dispose(){this.controls?.dispose(),super.dispose()}}const tC={kind:"3D",label:"3D",create:(n,e)=>new eC(n,e)},cc=[[68,1,84],[71,44,122],[59,81,139],[44,113,142],[33,144,141],[39,173,129],[92,200,99],[170,220,50],[253,231,37]];function nC(n){const e=Math.min(Math.max(n,0),1)*(cc.length-1),t=Math.min(Math.floor(e),cc.length-2),i=e-t,s=cc[t],r=cc[t+1];return[s[0]+(r[0]-s[0])*i,s[1]+(r[1]-s[1])*i,s[2]+(r[2]-s[2])*i]}function iC(n){const e=n.dim_names.map(o=>(o??"").toLowerCase()),t=e.findIndex(o=>o==="height"||o==="y"||o==="rows"),i=e.findIndex(o=>o==="width"||o==="x"||o==="cols"||o==="columns");if(t>=0&&i>=0&&t!==i)return[t,i];const r=n.shape.map((o,a)=>[o,a]).sort((o,a)=>a[0]-o[0]||o[1]-a[1]).slice(0,2).map(o=>o[1]).sort((o,a)=>o-a);return[r[0]??0,r[1]??0]}class sC{constructor(e,t){this.body=e,this.ctx=t,this.canvas.style.position="absolute",this.canvas.style.imageRendering="pixelated",e.append(this.canvas,this.controls,this.tableWrap)}body;ctx;canvas=ne("canvas");controls=ne("div","tensor-controls");tableWrap=ne("div","table-wrap");item=null;slice=[];axes=[0,1];update(e){const i=e.tensors[0]??null,s=JSON.stringify(i?.shape)!==JSON.stringify(this.item?.shape);this.item=i,i&&s&&(this.axes=iC(i),this.slice=i.shape.map(r=>Math.floor(r/2)),this.buildControls(i)),this.draw(),this.ctx.rendered()}buildControls(e){const t=[];e.shape.forEach((s,r)=>{if(r===this.axes[0]||r===this.axes[1]||e.shape.length<3)return;const o=e.dim_names[r]??`dim ${r}`,a=ne("input",{type:"range",min:0,max:s-1,value:this.slice[r]}),l=ne("span","",String(this.slice[r]));a.addEventListener("input",()=>{this.slice[r]=Number(a.value),l.textContent=a.value,this.draw()}),t.push(ne("label","",`${o} `,a,l))});const i=e.shape.map((s,r)=>`${e.dim_names[r]??"?"}=${s}`).join(" × ");this.controls.replaceChildren(ne("span","",i),...t)}draw(){const e=this.item,t=this.canvas.getContext("2d");if(this.tableWrap.replaceChildren(),!e||!t){this.canvas.width=0,this.tableWrap.append(Rc("No tensor at this time"));return}const i=this.ctx.array(e.data),s=pi(i),r=e.shape;if(r.length<=1||r.filter(m=>m>1).length<=1){this.canvas.width=0;const m=Array.from({length:Math.min(s.length,1e3)},(g,v)=>ne("tr","",ne("td","num",String(v)),ne("td","num",String(s[v]))));this.tableWrap.append(ne("table","data",ne("thead","",ne("tr","",ne("th","","index"),ne("th","","value"))),ne("tbody","",...m)));return}const[o,a]=this.axes,l=r[o],c=r[a],u=r.map((m,g)=>r.slice(g+1).reduce((v,M)=>v*M,1));let h=0;r.forEach((m,g)=>{g!==o&&g!==a&&(h+=(this.slice[g]??0)*u[g])});let f=1/0,d=-1/0;for(let m=0;m<l;m++)for(let g=0;g<c;g++){const v=s[h+m*u[o]+g*u[a]];Number.isFinite(v)&&(v<f&&(f=v),v>d&&(d=v))}const p=d>f?d-f:1,x=new ImageData(c,l);for(let m=0;m<l;m++)for(let g=0;g<c;g++){const v=s[h+m*u[o]+g*u[a]],[M,y,T]=nC((v-f)/p),b=(m*c+g)*4;x.data[b]=M,x.data[b+1]=y,x.data[b+2]=T,x.data[b+3]=Number.isFinite(v)?255:0}this.canvas.width=c,this.canvas.height=l,t.putImageData(x,0,0),this.fit()}fit(){const e=this.body.clientWidth,t=this.body.clientHeight,i=this.canvas.width,s=this.canvas.height;if(!i||!s)return;const r=Math.min(e/i,(t-30)/s);this.canvas.style.width=`${i*r}px`,this.canvas.style.height=`${s*r}px`,this.canvas.style.left=`${(e-i*r)/2}px`,this.canvas.style.top=`${30+(t-30-s*r)/2}px`}resize(){this.fit()}dispose(){this.canvas.remove(),this.controls.remove(),this.tableWrap.remove()}}const rC={kind:"Tensor",label:"Tensor",create:(n,e)=>new sC(n,e)};function Eg(n,e){(e==null||e>n.length)&&(e=n.length);for(var t=0,i=Array(e);t<e;t++)i[t]=n[t];return i}function oC(n){if(Array.isArray(n))return n}function aC(n,e){var t=n==null?null:typeof Symbol<"u"&&n[Symbol.iterator]||n["@@iterator"];if(t!=null){var i,s,r,o,a=[],l=!0,c=!1;try{if(r=(t=t.call(n)).next,e!==0)for(;!(l=(i=r.call(t)).done)&&(a.push(i.value),a.length!==e);l=!0);}catch(u){c=!0,s=u}finally{try{if(!l&&t.return!=null&&(o=t.return(),Object(o)!==o))return}finally{if(c)throw s}}return a}}function lC(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function cC(n,e){return oC(n)||aC(n,e)||uC(n,e)||lC()}function uC(n,e){if(n){if(typeof n=="string")return Eg(n,e);var t={}.toString.call(n).slice(8,-1);return t==="Object"&&n.constructor&&(t=n.constructor.name),t==="Map"||t==="Set"?Array.from(n):t==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)?Eg(n,e):void 0}}const rx=Object.entries,hC=Object.keys,wg=Object.setPrototypeOf,fC=Object.isFrozen,ox=Object.getPrototypeOf,ax=Object.getOwnPropertyDescriptor;let jn=Object.freeze,Ln=Object.seal,Tr=Object.create,lx=typeof Reflect<"u"&&Reflect,zc=lx.apply,Uf=lx.construct;jn||(jn=function(e){return e});Ln||(Ln=function(e){return e});zc||(zc=function(e,t){for(var i=arguments.length,s=new Array(i>2?i-2:0),r=2;r<i;r++)s[r-2]=arguments[r];return e.apply(t,s)});Uf||(Uf=function(e){for(var t=arguments.length,i=new Array(t>1?t-1:0),s=1;s<t;s++)i[s-1]=arguments[s];return new e(...i)});const js=xn(Array.prototype.forEach),dC=xn(Array.prototype.lastIndexOf),Tg=xn(Array.prototype.pop),Ra=xn(Array.prototype.push),pC=xn(Array.prototype.slice),mC=xn(Array.prototype.splice),Bo=Array.isArray,uh=cx(Set),hh=xn(Set.prototype.add),Ca=xn(Set.prototype.has),Kr=xn(String.prototype.toLowerCase),fh=xn(String.prototype.toString),gC=xn(String.prototype.match),uc=xn(String.prototype.replace),dh=xn(String.prototype.indexOf),_C=xn(String.prototype.trim),xC=xn(Number.prototype.toString),vC=xn(Boolean.prototype.toString),Ag=typeof BigInt>"u"?null:xn(BigInt.prototype.toString),Rg=typeof Symbol>"u"?null:xn(Symbol.prototype.toString),oi=xn(Object.prototype.hasOwnProperty),Da=xn(Object.prototype.toString),yC=RegExp.prototype.test,Yn=function(e,t){return e instanceof RegExp&&(e.lastIndex=0),zc(yC,e,[t])},Js=cx(TypeError);function xn(n){return function(e){for(var t=arguments.length,i=new Array(t>1?t-1:0),s=1;s<t;s++)i[s-1]=arguments[s];return zc(n,e,i)}}function cx(n){return function(){for(var e=arguments.length,t=new Array(e),i=0;i<e;i++)t[i]=arguments[i];return Uf(n,t)}}function $t(n,e){let t=arguments.length>2&&arguments[2]!==void 0?arguments[2]:Kr;if(wg&&wg(n,null),!Bo(e))return n;let i=e.length;for(;i--;){let s=e[i];if(typeof s=="string"){const r=t(s);r!==s&&(fC(e)||(e[i]=r),s=r)}n[s]=!0}return n}function SC(n){for(let e=0;e<n.length;e++)oi(n,e)||(n[e]=null);return n}function Hc(n){const e=Tr(null);for(const i of rx(n)){var t=cC(i,2);const s=t[0],r=t[1];oi(n,s)&&(Bo(r)?e[s]=SC(r):r&&typeof r=="object"&&r.constructor===Object?e[s]=Hc(r):e[s]=r)}return e}function Ba(n){const e=Tr(null),t=hC(n);let i=t.length;for(;i--;)e[t[i]]=n[t[i]];return e}function bC(n){switch(typeof n){case"string":return n;case"number":return xC(n);case"boolean":return vC(n);case"bigint":return Ag?Ag(n):"0";case"symbol":return Rg?Rg(n):"Symbol()";case"undefined":return Da(n);case"function":case"object":{if(n===null)return Da(n);const e=n,t=$i(e,"toString");if(typeof t=="function"){const i=t(e);return typeof i=="string"?i:Da(i)}return Da(n)}default:return Da(n)}}function $i(n,e){for(;n!==null;){const i=ax(n,e);if(i){if(i.get)return xn(i.get);if(typeof i.value=="function")return xn(i.value)}n=ox(n)}function t(){return null}return t}function MC(n,e){for(;n!==null;){const t=ax(n,e);if(t)return t.get?xn(t.get):null;n=ox(n)}return null}function EC(n){if(!n)return!1;try{return Yn(n,""),!0}catch{return!1}}const Cg=jn(["a","abbr","acronym","address","area","article","aside","audio","b","bdi","bdo","big","blink","blockquote","body","br","button","canvas","caption","center","cite","code","col","colgroup","content","data","datalist","dd","decorator","del","details","dfn","dialog","dir","div","dl","dt","element","em","fieldset","figcaption","figure","font","footer","form","h1","h2","h3","h4","h5","h6","head","header","hgroup","hr","html","i","img","input","ins","kbd","label","legend","li","main","map","mark","marquee","menu","menuitem","meter","nav","nobr","ol","optgroup","option","output","p","picture","pre","progress","q","rp","rt","ruby","s","samp","search","section","select","shadow","slot","small","source","spacer","span","strike","strong","style","sub","summary","sup","table","tbody","td","template","textarea","tfoot","th","thead","time","tr","track","tt","u","ul","var","video","wbr"]),ph=jn(["svg","a","altglyph","altglyphdef","altglyphitem","animatecolor","animatemotion","animatetransform","circle","clippath","defs","desc","ellipse","filter","font","g","glyph","glyphref","hkern","image","line","lineargradient","marker","mask","metadata","mpath","path","pattern","polygon","polyline","radialgradient","rect","stop","style","switch","symbol","text","textpath","title","tref","tspan","view","vkern"]),mh=jn(["feBlend","feColorMatrix","feComponentTransfer","feComposite","feConvolveMatrix","feDiffuseLighting","feDisplacementMap","feDistantLight","feDropShadow","feFlood","feFuncA","feFuncB","feFuncG","feFuncR","feGaussianBlur","feImage","feMerge","feMergeNode","feMorphology","feOffset","fePointLight","feSpecularLighting","feSpotLight","feTile","feTurbulence"]),wC=jn(["animate","color-profile","cursor","discard","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","foreignobject","hatch","hatchpath","mesh","meshgradient","meshpatch","meshrow","missing-glyph","script","set","solidcolor","unknown","use"]),gh=jn(["math","menclose","merror","mfenced","mfrac","mglyph","mi","mlabeledtr","mmultiscripts","mn","mo","mover","mpadded","mphantom","mroot","mrow","ms","mspace","msqrt","mstyle","msub","msup","msubsup","mtable","mtd","mtext","mtr","munder","munderover","mprescripts"]),TC=jn(["maction","maligngroup","malignmark","mlongdiv","mscarries","mscarry","msgroup","mstack","msline","msrow","semantics","annotation","annotation-xml","mprescripts","none"]),Dg=jn(["#text"]),Lg=jn(["accept","action","align","alt","autocapitalize","autocomplete","autopictureinpicture","autoplay","background","bgcolor","border","capture","cellpadding","cellspacing","checked","cite","class","clear","color","cols","colspan","command","commandfor","controls","controlslist","coords","crossorigin","datetime","decoding","default","dir","disabled","disablepictureinpicture","disableremoteplayback","download","draggable","enctype","enterkeyhint","exportparts","face","for","headers","height","hidden","high","href","hreflang","id","inert","inputmode","integrity","ismap","kind","label","lang","list","loading","loop","low","max","maxlength","media","method","min","minlength","multiple","muted","name","nonce","noshade","novalidate","nowrap","open","optimum","part","pattern","placeholder","playsinline","popover","popovertarget","popovertargetaction","poster","preload","pubdate","radiogroup","readonly","rel","required","rev","reversed","role","rows","rowspan","spellcheck","scope","selected","shape","size","sizes","slot","span","srclang","start","src","srcset","step","style","summary","tabindex","title","translate","type","usemap","valign","value","width","wrap","xmlns"]),_h=jn(["accent-height","accumulate","additive","alignment-baseline","amplitude","ascent","attributename","attributetype","azimuth","basefrequency","baseline-shift","begin","bias","by","class","clip","clippathunits","clip-path","clip-rule","color","color-interpolation","color-interpolation-filters","color-profile","color-rendering","cx","cy","d","dx","dy","diffuseconstant","direction","display","divisor","dominant-baseline","dur","edgemode","elevation","end","exponent","fill","fill-opacity","fill-rule","filter","filterunits","flood-color","flood-opacity","font-family","font-size","font-size-adjust","font-stretch","font-style","font-variant","font-weight","fx","fy","g1","g2","glyph-name","glyphref","gradientunits","gradienttransform","height","href","id","image-rendering","in","in2","intercept","k","k1","k2","k3","k4","kerning","keypoints","keysplines","keytimes","lang","lengthadjust","letter-spacing","kernelmatrix","kernelunitlength","lighting-color","local","marker-end","marker-mid","marker-start","markerheight","markerunits","markerwidth","maskcontentunits","maskunits","max","mask","mask-type","media","method","mode","min","name","numoctaves","offset","operator","opacity","order","orient","orientation","origin","overflow","paint-order","path","pathlength","patterncontentunits","patterntransform","patternunits","pointer-events","points","preservealpha","preserveaspectratio","primitiveunits","r","rx","ry","radius","refx","refy","repeatcount","repeatdur","restart","result","rotate","scale","seed","shape-rendering","slope","specularconstant","specularexponent","spreadmethod","startoffset","stddeviation","stitchtiles","stop-color","stop-opacity","stroke-dasharray","stroke-dashoffset","stroke-linecap","stroke-linejoin","stroke-miterlimit","stroke-opacity","stroke","stroke-width","style","surfacescale","systemlanguage","tabindex","tablevalues","targetx","targety","transform","transform-origin","text-anchor","text-decoration","text-orientation","text-rendering","textlength","type","u1","u2","unicode","values","vector-effect","viewbox","visibility","version","vert-adv-y","vert-origin-x","vert-origin-y","width","word-spacing","wrap","writing-mode","xchannelselector","ychannelselector","x","x1","x2","xmlns","y","y1","y2","z","zoomandpan"]),Pg=jn(["accent","accentunder","align","bevelled","close","columnalign","columnlines","columnspacing","columnspan","denomalign","depth","dir","display","displaystyle","encoding","fence","frame","height","href","id","largeop","length","linethickness","lquote","lspace","mathbackground","mathcolor","mathsize","mathvariant","maxsize","minsize","movablelimits","notation","numalign","open","rowalign","rowlines","rowspacing","rowspan","rspace","rquote","scriptlevel","scriptminsize","scriptsizemultiplier","selection","separator","separators","stretchy","subscriptshift","supscriptshift","symmetric","voffset","width","xmlns"]),hc=jn(["xlink:href","xml:id","xlink:title","xml:space","xmlns:xlink"]),AC=Ln(/{{[\w\W]*|^[\w\W]*}}/g),RC=Ln(/<%[\w\W]*|^[\w\W]*%>/g),CC=Ln(/\${[\w\W]*/g),DC=Ln(/{{|}}|\${|<%|%>|&lt;%|%&gt;/),LC=Ln(/^data-[\-\w.\u00B7-\uFFFF]+$/),PC=Ln(/^aria-[\-\w]+$/),Ig=Ln(/^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i),IC=Ln(/^(?:\w+script|data):/i),NC=Ln(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g),FC=Ln(/^html$/i),UC=Ln(/^[a-z][.\w]*(-[.\w]+)+$/i),xh=Ln(/<[/\w!]/g),Ng=Ln(/<[/\w]/g),OC=Ln(/<\/no(script|embed|frames)/i),Fg=Ln(/\/>/i),kC=Ln(/((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i),BC=Ln(/^[\r\n\t ]+/),Tn={element:1,text:3,processingInstruction:7,comment:8,document:9,documentFragment:11},zC=jn($t({},["style","script","xmp","iframe","noembed","noframes","plaintext","noscript"])),HC=function(){return typeof window>"u"?null:window},VC=function(e,t){if(typeof e!="object"||typeof e.createPolicy!="function")return null;let i=null;const s="data-tt-policy-suffix";t&&t.hasAttribute(s)&&(i=t.getAttribute(s));const r="dompurify"+(i?"#"+i:"");try{return e.createPolicy(r,{createHTML(o){return o},createScriptURL(o){return o}})}catch{return console.warn("TrustedTypes policy "+r+" could not be created."),null}},Ug=function(){return{afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]}},br=function(e,t,i,s){return oi(e,t)&&Bo(e[t])?$t(s.base?Ba(s.base):{},e[t],s.transform):i},vh=function(e,t,i){const s=oi(e,t)?e[t]:void 0;return s&&typeof s=="object"?Hc(s):i};function ux(){let n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:HC();const e=me=>ux(me);if(e.version="3.4.18",e.removed=[],!n||!n.document||n.document.nodeType!==Tn.document||!n.Element)return e.isSupported=!1,e;let t=n.document;const i=t,s=i.currentScript,r=n.HTMLTemplateElement,o=n.Node,a=n.Element,l=n.NodeFilter,c=n.DOMParser,u=n.trustedTypes,h=a.prototype,f=$i(h,"cloneNode"),d=$i(h,"remove"),p=$i(h,"removeAttributeNode"),x=$i(h,"nextSibling"),m=$i(h,"childNodes"),g=$i(h,"parentNode"),v=$i(h,"shadowRoot"),M=$i(h,"attributes"),y=o&&o.prototype?$i(o.prototype,"nodeType"):null,T=o&&o.prototype?$i(o.prototype,"nodeName"):null,b=o&&o.prototype?$i(o.prototype,"ownerDocument"):null,_=function(C){return y?y(C):C.nodeType},E=function(C){return T?T(C):C.nodeName},U=MC(h,"namespaceURI"),I=function(C){return U?U(C):C.namespaceURI};if(typeof r=="function"){const me=t.createElement("template");me.content&&me.content.ownerDocument&&(t=me.content.ownerDocument)}let D,O="",W,N=!1,z=0;const $=function(){if(z>0)throw Js('A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the "DOMPurify and Trusted Types" section of the README.')},H=function(C){$(),z++;try{return D.createHTML(C)}finally{z--}},ue=function(C){return D&&Ee?H(C):C},J=function(C){$(),z++;try{return D.createScriptURL(C)}finally{z--}},ee=function(){return N||(W=VC(u,s),N=!0),W},re=t,xe=re.implementation,_e=re.createNodeIterator,te=re.createDocumentFragment,Me=re.getElementsByTagName,Ae=i.importNode;let ge=Ug();e.isSupported=typeof rx=="function"&&typeof g=="function"&&xe&&xe.createHTMLDocument!==void 0;const Pe=AC,Qe=RC,dt=CC,Ke=LC,bt=PC,St=IC,ut=NC,sn=UC;let Kt=Ig,xt=null;const Ut=$t({},[...Cg,...ph,...mh,...gh,...Dg]);let Mt=null;const Ct=$t({},[...Lg,..._h,...Pg,...hc]);let qt=null,Zt=null,dn=null;const k=Object.seal(Tr(null,{tagCheck:{writable:!0,configurable:!1,enumerable:!0,value:null},attributeCheck:{writable:!0,configurable:!1,enumerable:!0,value:null}}));let Ne=!0,nt=!0,ht=!1,Re=!0,Lt=!1,ze=!0,Ze=!1,L=!1,w=null,Y=null,pe=!1,le=!1,be=!1,Ee=!1,se=!0,oe=!1;const ve="user-content-";let B=!0,ae=!1,ie=null,we=!1,ye=null;const Ce=$t({},["annotation-xml","audio","colgroup","desc","foreignobject","head","iframe","math","mi","mn","mo","ms","mtext","noembed","noframes","noscript","plaintext","script","selectedcontent","style","svg","template","thead","title","video","xmp"]);let je=null;const ot=$t({},["audio","video","img","source","image","track"]);let de=null;const Ge=$t({},["alt","class","for","id","label","name","pattern","placeholder","role","summary","title","value","style","xmlns"]),it="http://www.w3.org/1998/Math/MathML",Ie="http://www.w3.org/2000/svg",st="http://www.w3.org/1999/xhtml";let Ot=st,Pn=!1,ar=null;const lr=$t({},[it,Ie,st],fh),ca=jn($t({},["mi","mo","mn","ms","mtext"]));let cr=null;const Vi=jn($t({},["annotation-xml"]));let wi=null;const Qi=jn(Tr(null)),Or=$t({},["title","style","font","a","script"]);let Jn=null;const hn=["application/xhtml+xml","text/html"],pn="text/html";let vt=null,ai=null;const li=t.createElement("form"),es=function(C){return C instanceof RegExp||C instanceof Function},Hs=function(){let C=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};(!C||typeof C!="object")&&(C={}),C=Hc(C),Jn=hn.indexOf(C.PARSER_MEDIA_TYPE)===-1?pn:C.PARSER_MEDIA_TYPE,vt=Jn==="application/xhtml+xml"?fh:Kr,xt=br(C,"ALLOWED_TAGS",Ut,{transform:vt}),Mt=br(C,"ALLOWED_ATTR",Ct,{transform:vt}),ar=br(C,"ALLOWED_NAMESPACES",lr,{transform:fh}),de=br(C,"ADD_URI_SAFE_ATTR",Ge,{transform:vt,base:Ge}),je=br(C,"ADD_DATA_URI_TAGS",ot,{transform:vt,base:ot}),ye=br(C,"FORBID_CONTENTS",Ce,{transform:vt}),Zt=br(C,"FORBID_TAGS",Tr(null),{transform:vt}),dn=br(C,"FORBID_ATTR",Tr(null),{transform:vt}),we=oi(C,"USE_PROFILES")?C.USE_PROFILES&&typeof C.USE_PROFILES=="object"?Hc(C.USE_PROFILES):C.USE_PROFILES:!1,Ne=C.ALLOW_ARIA_ATTR!==!1,nt=C.ALLOW_DATA_ATTR!==!1,ht=C.ALLOW_UNKNOWN_PROTOCOLS||!1,Re=C.ALLOW_SELF_CLOSE_IN_ATTR!==!1,Lt=C.SAFE_FOR_TEMPLATES||!1,ze=C.SAFE_FOR_XML!==!1,Ze=C.WHOLE_DOCUMENT||!1,le=C.RETURN_DOM||!1,be=C.RETURN_DOM_FRAGMENT||!1,Ee=C.RETURN_TRUSTED_TYPE||!1,pe=C.FORCE_BODY||!1,se=C.SANITIZE_DOM!==!1,oe=C.SANITIZE_NAMED_PROPS||!1,B=C.KEEP_CONTENT!==!1,ae=C.IN_PLACE||!1,Kt=EC(C.ALLOWED_URI_REGEXP)?C.ALLOWED_URI_REGEXP:Ig,Ot=typeof C.NAMESPACE=="string"?C.NAMESPACE:st,cr=vh(C,"MATHML_TEXT_INTEGRATION_POINTS",ca),wi=vh(C,"HTML_INTEGRATION_POINTS",Vi);const G=vh(C,"CUSTOM_ELEMENT_HANDLING",Qi);if(qt=Tr(null),oi(G,"tagNameCheck")&&es(G.tagNameCheck)&&(qt.tagNameCheck=G.tagNameCheck),oi(G,"attributeNameCheck")&&es(G.attributeNameCheck)&&(qt.attributeNameCheck=G.attributeNameCheck),oi(G,"allowCustomizedBuiltInElements")&&typeof G.allowCustomizedBuiltInElements=="boolean"&&(qt.allowCustomizedBuiltInElements=G.allowCustomizedBuiltInElements),Ln(qt),Lt&&(nt=!1),be&&(le=!0),we&&((oi(C,"ALLOWED_TAGS")||oi(C,"ALLOWED_ATTR"))&&typeof console<"u"&&typeof console.warn=="function"&&console.warn("DOMPurify: USE_PROFILES overrides ALLOWED_TAGS and ALLOWED_ATTR. Do not use these options together."),xt=$t({},Dg),Mt=Tr(null),we.html===!0&&($t(xt,Cg),$t(Mt,Lg)),we.svg===!0&&($t(xt,ph),$t(Mt,_h),$t(Mt,hc)),we.svgFilters===!0&&($t(xt,mh),$t(Mt,_h),$t(Mt,hc)),we.mathMl===!0&&($t(xt,gh),$t(Mt,Pg),$t(Mt,hc))),k.tagCheck=null,k.attributeCheck=null,oi(C,"ADD_TAGS")&&(typeof C.ADD_TAGS=="function"?k.tagCheck=C.ADD_TAGS:Bo(C.ADD_TAGS)&&(xt===Ut&&(xt=Ba(xt)),$t(xt,C.ADD_TAGS,vt))),oi(C,"ADD_ATTR")&&(typeof C.ADD_ATTR=="function"?k.attributeCheck=C.ADD_ATTR:Bo(C.ADD_ATTR)&&(Mt===Ct&&(Mt=Ba(Mt)),$t(Mt,C.ADD_ATTR,vt))),oi(C,"ADD_FORBID_CONTENTS")&&Bo(C.ADD_FORBID_CONTENTS)&&(ye===Ce&&(ye=Ba(ye)),$t(ye,C.ADD_FORBID_CONTENTS,vt)),B&&(xt["#text"]=!0),Ze&&$t(xt,["html","head","body"]),xt.table&&(xt.tbody=!0,delete Zt.tbody),C.TRUSTED_TYPES_POLICY){if(typeof C.TRUSTED_TYPES_POLICY.createHTML!="function")throw Js('TRUSTED_TYPES_POLICY configuration option must provide a "createHTML" hook.');if(typeof C.TRUSTED_TYPES_POLICY.createScriptURL!="function")throw Js('TRUSTED_TYPES_POLICY configuration option must provide a "createScriptURL" hook.');const ce=D;D=C.TRUSTED_TYPES_POLICY;try{O=H("")}catch(fe){throw D=ce,fe}}else C.TRUSTED_TYPES_POLICY===null?(D=void 0,O=""):(D===void 0&&(D=ee()),D&&typeof O=="string"&&(O=H("")));ai=jn(C)},ur=$t({},[...ph,...mh,...wC]),Vs=$t({},[...gh,...TC]),_s=function(C,G,ce){return G===st?C==="svg":G===it?C==="svg"&&(ce==="annotation-xml"||cr[ce]):!!ur[C]},hr=function(C,G,ce){return G===st?C==="math":G===Ie?C==="math"&&wi[ce]:!!Vs[C]},R=function(C,G,ce){return G===Ie&&!wi[ce]||G===it&&!cr[ce]?!1:!Vs[C]&&(Or[C]||!ur[C])},X=function(C){const G=I(C),ce=Kr(E(C)),fe=g(C);let ke=Ot,qe="template";return fe&&_(fe)===Tn.element&&(ke=I(fe),qe=Kr(E(fe))),ar[G]?G===Ie?_s(ce,ke,qe):G===it?hr(ce,ke,qe):G===st?R(ce,ke,qe):Jn==="application/xhtml+xml":!1},Q=function(C){Ra(e.removed,{element:C});try{g(C).removeChild(C)}catch{if(d(C),!g(C))throw Js("a node selected for removal could not be detached from its tree and cannot be safely returned; refusing to sanitize in place")}},K=function(C,G,ce){try{p(C,G)}catch{try{C.removeAttribute(ce)}catch{}}},j=function(C){Ue(C);const G=m(C);G&&js(pC(G),ce=>{try{d(ce)}catch{}}),_(C)===Tn.element&&Fe(C,!1)},Te=function(C,G,ce){if(!ce)try{ce=G.getAttributeNode(C)}catch{ce=null}if(Ra(e.removed,{attribute:ce||null,from:G}),ce)K(G,ce,C);else try{G.removeAttribute(C)}catch{}if(C==="is")if(le||be)try{Q(G)}catch{}else try{G.setAttribute(C,"")}catch{}},Fe=function(C,G){const ce=M(C);if(ce)for(let fe=ce.length-1;fe>=0;--fe){const ke=ce[fe],qe=ke&&ke.name;typeof qe=="string"&&!(G&&Mt[vt(qe)])&&K(C,ke,qe)}},De=function(C,G){let ce=arguments.length>2&&arguments[2]!==void 0?arguments[2]:!1;const fe=[C];for(;fe.length>0;){const ke=fe.pop();if(G(ke)===!1)continue;if(ce&&_(ke)===Tn.element){const $e=v(ke);ii($e)&&fe.push($e)}const qe=m(ke);if(qe)for(let $e=qe.length-1;$e>=0;--$e)fe.push(qe[$e])}},Ue=function(C){De(C,G=>{_(G)===Tn.element&&Fe(G,!0)})},We=function(C){const G=[];return De(C,ce=>{G.push(ce)},!0),G},lt=function(C,G){const ce=uh();js(We(C),fe=>{_(fe)===Tn.element&&hh(ce,fe)}),js(G,fe=>{_(fe)===Tn.element&&!Ca(ce,fe)&&Fe(fe,!0)})},Et=function(C,G){let ce=!1;return js(e.removed,fe=>{fe.element&&(ce=ce||fe.element===C,Ue(fe.element))}),lt(C,G),ce},Xe=8,wt=function(C,G){const ce=ie;let fe=null;const ke=()=>(fe||(fe=uh(),js(G,qe=>{hh(fe,qe)})),fe);for(let qe=0;;qe++){const $e=We(C),rn=[C];let gi=!1;if(js($e,Ri=>{_(Ri)===Tn.documentFragment?Ra(rn,Ri):!gi&&!Ca(ce,Ri)&&(gi=Ca(ke(),Ri))}),!gi)return;if(qe>=Xe)throw Js("the tree kept changing during in-place sanitization; refusing to return it");js(rn,(Ri,yn)=>{an(Ri,yn>0,C,ke())})}},an=function(C,G,ce,fe){const ke=ln(C);let qe;for(;qe=ke.nextNode();)!Ca(fe,qe)||Ca(ie,qe)||(G&&Nt(ge.uponSanitizeShadowNode,qe,null),xs(qe,ce))},Ht=function(C){ie&&hh(ie,C)},kt=function(C,G){return ze?C==="patchsrc"?!0:C==="for"&&G!=="label"&&G!=="output":!1},En=function(C){ze&&De(C,G=>{const ce=_(G);if(ce===Tn.processingInstruction||ce===Tn.comment&&Yn(Ng,G.data)){try{d(G)}catch{}return!1}if(ce===Tn.element){const fe=G,ke=vt(E(G));try{fe.hasAttribute&&fe.hasAttribute("patchsrc")&&fe.removeAttribute("patchsrc"),fe.hasAttribute&&fe.hasAttribute("for")&&kt("for",ke)&&fe.removeAttribute("for")}catch{}}return!0})},He=function(C){let G=null,ce=null;if(pe)C="<remove></remove>"+C;else{const qe=gC(C,BC);ce=qe&&qe[0]}Jn==="application/xhtml+xml"&&Ot===st&&(C='<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>'+C+"</body></html>");const fe=D?H(C):C;if(Ot===st)try{G=new c().parseFromString(fe,Jn)}catch{}if(!G||!G.documentElement){G=xe.createDocument(Ot,"template",null);try{G.documentElement.innerHTML=Pn?O:fe}catch{}}const ke=G.body||G.documentElement;return C&&ce&&ke.insertBefore(t.createTextNode(ce),ke.childNodes[0]||null),Ot===st?Me.call(G,Ze?"html":"body")[0]:Ze?G.documentElement:ke},ln=function(C){let G=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!1;const ce=b?b(C):C.ownerDocument;return _e.call(ce||C,C,(G?0:l.SHOW_ELEMENT)|l.SHOW_COMMENT|l.SHOW_TEXT|l.SHOW_PROCESSING_INSTRUCTION|l.SHOW_CDATA_SECTION,null)},Tt=function(C){return C=uc(C,Pe," "),C=uc(C,Qe," "),C=uc(C,dt," "),C},Ti=function(C){var G;fn(C);const ce=(G=C.querySelectorAll)===null||G===void 0?void 0:G.call(C,"template");ce&&js(ce,fe=>{ii(fe.content)&&Ti(fe.content)})},fn=function(C){C.normalize();const G=ln(C,!0);let ce=G.nextNode();for(;ce;)ce.data=Tt(ce.data),ce=G.nextNode()},ts=function(C){const G=T?T(C):null;return typeof G!="string"||vt(G)!=="form"?!1:typeof C.nodeName!="string"||typeof C.textContent!="string"||typeof C.removeChild!="function"||C.attributes!==M(C)||typeof C.removeAttribute!="function"||typeof C.removeAttributeNode!="function"||typeof C.getAttributeNode!="function"||typeof C.setAttribute!="function"||typeof C.namespaceURI!="string"||typeof C.insertBefore!="function"||typeof C.hasChildNodes!="function"||C.nodeType!==y(C)||C.childNodes!==m(C)},Ai=function(C){if(!y||typeof C!="object"||C===null)return null;try{const G=y(C);return typeof G=="number"?G:null}catch{return null}},ii=function(C){return Ai(C)===Tn.documentFragment},pt=function(C){return Ai(C)!==null};function Nt(me,C,G){me.length!==0&&js(me,ce=>{ce.call(e,C,G,ai)})}const Zn=function(C,G,ce){return!!(ze&&ce===Tn.element&&C.hasChildNodes()&&!pt(C.firstElementChild)&&Yn(xh,C.textContent)&&Yn(xh,C.innerHTML)||ze&&zC[G]&&ce===Tn.element&&I(C)===st&&(pt(C.firstElementChild)||typeof C.textContent=="string"&&Yn(xh,C.textContent))||ce===Tn.processingInstruction||ze&&ce===Tn.comment&&Yn(Ng,C.data))},Ft=function(C,G){if(C instanceof RegExp)return Yn(C,G);if(C instanceof Function){for(var ce=arguments.length,fe=new Array(ce>2?ce-2:0),ke=2;ke<ce;ke++)fe[ke-2]=arguments[ke];return!!C(G,...fe)}return!1},vn=function(C,G,ce){if(!Zt[G]&&oo(G)&&Ft(qt.tagNameCheck,G))return!1;if(B&&!ye[G]&&!ye[Kr(G)]){const fe=g(C),ke=m(C);if(ke&&fe){const qe=ke.length;for(let $e=qe-1;$e>=0;--$e){const rn=C===ce?f(ke[$e],!0):ke[$e];fe.insertBefore(rn,x(C))}}}return Q(C),!0},In=function(C,G,ce,fe){return C.length===0?G:G===ce||G===fe?Ba(G):G},ns=function(C,G){return C===G||g(C)!==null?!1:(ae&&Ue(C),!0)},bl=function(C,G){if(Ht(C),Nt(ge.beforeSanitizeElements,C,null),ns(C,G))return!0;if(ts(C))return Q(C),!0;const ce=vt(E(C)),fe=_(C);if(xt=In(ge.uponSanitizeElement,xt,Ut,w),Nt(ge.uponSanitizeElement,C,{tagName:ce,allowedTags:xt}),ns(C,G))return!0;if(Zn(C,ce,fe))return Q(C),!0;if(Zt[ce]||!(k.tagCheck instanceof Function&&k.tagCheck(ce))&&!xt[ce]){const ke=vn(C,ce,G);return ke===!1&&(Nt(ge.afterSanitizeElements,C,null),ns(C,G))?!0:ke}if(fe===Tn.element&&!X(C)||(ce==="noscript"||ce==="noembed"||ce==="noframes")&&Yn(OC,C.innerHTML))return Q(C),!0;if(Lt&&fe===Tn.text){const ke=C.textContent,qe=Tt(ke);ke!==qe&&(Ra(e.removed,{element:C.cloneNode()}),C.textContent=qe)}return Nt(ge.afterSanitizeElements,C,null),ns(C,G)},ro=function(C,G,ce){if(dn[G]||kt(G,C)||se&&(G==="id"||G==="name")&&(ce in t||ce in li))return!1;const fe=Mt[G]||k.attributeCheck instanceof Function&&k.attributeCheck(G,C);if(nt&&Yn(Ke,G)||Ne&&Yn(bt,G))return!0;if(!fe)return oo(C)&&Ft(qt.tagNameCheck,C)&&Ft(qt.attributeNameCheck,G,C)||G==="is"&&qt.allowCustomizedBuiltInElements&&Ft(qt.tagNameCheck,ce);if(de[G])return!0;const ke=uc(ce,ut,"");return Yn(Kt,ke)||(G==="src"||G==="xlink:href"||G==="href")&&C!=="script"&&dh(ce,"data:")===0&&je[C]||ht&&!Yn(St,ke)?!0:!ce},ua=$t({},["annotation-xml","color-profile","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","missing-glyph"]),oo=function(C){return!ua[Kr(C)]&&Yn(sn,C)},fr=function(C,G,ce,fe){if(D&&typeof u=="object"&&typeof u.getAttributeType=="function"&&!ce)switch(u.getAttributeType(C,G)){case"TrustedHTML":return H(fe);case"TrustedScriptURL":return J(fe)}return fe},dr=function(C,G,ce,fe){try{return ce?C.setAttributeNS(ce,G,fe):C.setAttribute(G,fe),ts(C)?(Q(C),!1):!0}catch{return Te(G,C),!1}},ha=function(C,G){return ze&&Yn(kC,G)?!0:Kr(C)==="attributename"&&dh(G,"href")!==-1},Ml=function(C,G){if(Nt(ge.beforeSanitizeAttributes,C,null),ns(C,G))return;const ce=C.attributes;if(!ce||ts(C))return;Mt=In(ge.uponSanitizeAttribute,Mt,Ct,Y);const fe={attrName:"",attrValue:"",keepAttr:!0,allowedAttributes:Mt,forceKeepAttr:void 0};let ke=ce.length;const qe=vt(E(C));for(;ke--;){const $e=ce[ke],rn=$e.name,gi=$e.namespaceURI,Ri=$e.value,yn=vt(rn),wn=Ri;let Nn=rn==="value"?wn:_C(wn),El=!1;if(fe.attrName=yn,fe.attrValue=Nn,fe.keepAttr=!0,fe.forceKeepAttr=void 0,Nt(ge.uponSanitizeAttribute,C,fe),Nn=fe.attrValue,oe&&(yn==="id"||yn==="name")&&dh(Nn,ve)!==0&&(Te(rn,C,$e),Nn=ve+Nn,El=!0),ha(rn,Nn)){Te(rn,C,$e);continue}if(!fe.forceKeepAttr){if(!fe.keepAttr){Te(rn,C,$e);continue}if(!Re&&Yn(Fg,Nn)){Te(rn,C,$e);continue}if(Lt&&(Nn=Tt(Nn)),!ro(qe,yn,Nn)){Te(rn,C,$e);continue}Nn=fr(qe,yn,gi,Nn),Nn!==wn&&dr(C,rn,gi,Nn)&&El&&Tg(e.removed)}}Nt(ge.afterSanitizeAttributes,C,null),ns(C,G)},xs=function(C,G){bl(C,G),Ml(C,G),ii(C.content)&&vs(C.content)},vs=function(C){let G=null;const ce=ln(C);for(Nt(ge.beforeSanitizeShadowDOM,C,null);G=ce.nextNode();)if(Nt(ge.uponSanitizeShadowNode,G,null),xs(G,C),_(G)===Tn.element){const fe=v(G);ii(fe)&&(ao(fe),vs(fe))}Lt&&fn(C),Nt(ge.afterSanitizeShadowDOM,C,null)},ao=function(C){const G=[{node:C,shadow:null}];for(;G.length>0;){const ce=G.pop();if(ce.shadow){vs(ce.shadow);continue}const fe=ce.node,ke=_(fe)===Tn.element,qe=m(fe);if(qe)for(let $e=qe.length-1;$e>=0;--$e)G.push({node:qe[$e],shadow:null});if(ke){const $e=T?T(fe):null;if(typeof $e=="string"&&vt($e)==="template"){const rn=fe.content;ii(rn)&&G.push({node:rn,shadow:null})}}if(ke){const $e=v(fe);ii($e)&&G.push({node:null,shadow:$e},{node:$e,shadow:null})}}};return e.sanitize=function(me){let C=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},G=null,ce=null,fe=null,ke=null;if(Pn=!me,Pn&&(me="<!-->"),typeof me!="string"&&!pt(me)&&(me=bC(me),typeof me!="string"))throw Js("dirty is not a string, aborting");if(!e.isSupported)return me;L?(xt=w,Mt=Y):Hs(C),e.removed=[];const qe=ae&&typeof me!="string"&&pt(me);let $e=[];const rn=ie;if(qe){En(me);const wn=E(me);if(typeof wn=="string"){const Nn=vt(wn);if(!xt[Nn]||Zt[Nn])throw j(me),Js("root node is forbidden and cannot be sanitized in-place")}if(ts(me))throw j(me),Js("root node is clobbered and cannot be sanitized in-place");$e=We(me),ie=uh()}else if(pt(me))G=He("<!---->"),ce=G.ownerDocument.importNode(me,!0),ce.nodeType===Tn.element&&ce.nodeName==="BODY"||ce.nodeName==="HTML"?G=ce:G.appendChild(ce),ao(G);else{if(!le&&!Lt&&!Ze&&me.indexOf("<")===-1)return ue(me);if(G=He(me),!G)return le?null:Ee?O:""}G&&pe&&Q(G.firstChild);const gi=qe?me:G;try{qe&&ao(me);const wn=ln(gi);for(;fe=wn.nextNode();)xs(fe,gi);qe&&wt(me,$e)}catch(wn){throw qe&&(j(me),Et(me,$e)),wn}finally{ie=rn}if(qe){if(Et(me,$e))throw Js("a node selected for removal could not be safely returned; refusing to sanitize in place");return Lt&&Ti(me),me}if(le){if(Lt&&Ti(G),be)for(ke=te.call(G.ownerDocument);G.firstChild;)ke.appendChild(G.firstChild);else ke=G;return(Mt.shadowroot||Mt.shadowrootmode)&&(ke=Ae.call(i,ke,!0)),ke}const Ri=()=>Ze?G.outerHTML:G.innerHTML;let yn=Ri();return Lt&&Yn(DC,yn)&&(fn(G),yn=Ri()),Ze&&xt["!doctype"]&&G.ownerDocument&&G.ownerDocument.doctype&&G.ownerDocument.doctype.name&&Yn(FC,G.ownerDocument.doctype.name)&&(yn="<!DOCTYPE "+G.ownerDocument.doctype.name+`>
`+yn),ue(yn)},e.setConfig=function(){let me=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};Hs(me),L=!0,w=xt,Y=Mt},e.clearConfig=function(){ai=null,L=!1,w=null,Y=null,D=W,O=""},e.isValidAttribute=function(me,C,G){ai||Hs({});const ce=vt(me),fe=vt(C);return typeof G=="string"&&(ha(C,G)||!Re&&Yn(Fg,G))?!1:ro(ce,fe,G)},e.addHook=function(me,C){typeof C=="function"&&oi(ge,me)&&Ra(ge[me],C)},e.removeHook=function(me,C){if(oi(ge,me)){if(C!==void 0){const G=dC(ge[me],C);return G===-1?void 0:mC(ge[me],G,1)[0]}return Tg(ge[me])}},e.removeHooks=function(me){oi(ge,me)&&(ge[me]=[])},e.removeAllHooks=function(){ge=Ug()},e}var hx=ux();const Og={};function GC(n){let e=Og[n];if(e)return e;e=Og[n]=[];for(let t=0;t<128;t++){const i=String.fromCharCode(t);e.push(i)}for(let t=0;t<n.length;t++){const i=n.charCodeAt(t);e[i]="%"+("0"+i.toString(16).toUpperCase()).slice(-2)}return e}function Zo(n,e){typeof e!="string"&&(e=Zo.defaultChars);const t=GC(e);return n.replace(/(%[a-f0-9]{2})+/gi,function(i){let s="";for(let r=0,o=i.length;r<o;r+=3){const a=parseInt(i.slice(r+1,r+3),16);if(a<128){s+=t[a];continue}if((a&224)===192&&r+3<o){const l=parseInt(i.slice(r+4,r+6),16);if((l&192)===128){const c=a<<6&1984|l&63;c<128?s+="��":s+=String.fromCharCode(c),r+=3;continue}}if((a&240)===224&&r+6<o){const l=parseInt(i.slice(r+4,r+6),16),c=parseInt(i.slice(r+7,r+9),16);if((l&192)===128&&(c&192)===128){const u=a<<12&61440|l<<6&4032|c&63;u<2048||u>=55296&&u<=57343?s+="���":s+=String.fromCharCode(u),r+=6;continue}}if((a&248)===240&&r+9<o){const l=parseInt(i.slice(r+4,r+6),16),c=parseInt(i.slice(r+7,r+9),16),u=parseInt(i.slice(r+10,r+12),16);if((l&192)===128&&(c&192)===128&&(u&192)===128){let h=a<<18&1835008|l<<12&258048|c<<6&4032|u&63;h<65536||h>1114111?s+="����":(h-=65536,s+=String.fromCharCode(55296+(h>>10),56320+(h&1023))),r+=9;continue}}s+="�"}return s})}Zo.defaultChars=";/?:@&=+$,#";Zo.componentChars="";const kg={};function WC(n){let e=kg[n];if(e)return e;e=kg[n]=[];for(let t=0;t<128;t++){const i=String.fromCharCode(t);/^[0-9a-z]$/i.test(i)?e.push(i):e.push("%"+("0"+t.toString(16).toUpperCase()).slice(-2))}for(let t=0;t<n.length;t++)e[n.charCodeAt(t)]=n[t];return e}function Qs(n,e,t){typeof e!="string"&&(t=e,e=Qs.defaultChars),typeof t>"u"&&(t=!0);const i=WC(e);let s="";for(let r=0,o=n.length;r<o;r++){const a=n.charCodeAt(r);if(t&&a===37&&r+2<o&&/^[0-9a-f]{2}$/i.test(n.slice(r+1,r+3))){s+=n.slice(r,r+3),r+=2;continue}if(a<128){s+=i[a];continue}if(a>=55296&&a<=57343){if(a>=55296&&a<=56319&&r+1<o){const l=n.charCodeAt(r+1);if(l>=56320&&l<=57343){s+=encodeURIComponent(n[r]+n[r+1]),r++;continue}}s+="%EF%BF%BD";continue}s+=encodeURIComponent(n[r])}return s}Qs.defaultChars=";/?:@&=+$,-_.!~*'()#";Qs.componentChars="-_.!~*'()";function Of(n){let e="";return e+=n.protocol||"",e+=n.slashes?"//":"",e+=n.auth?n.auth+"@":"",n.hostname&&n.hostname.indexOf(":")!==-1?e+="["+n.hostname+"]":e+=n.hostname||"",e+=n.port?":"+n.port:"",e+=n.pathname||"",e+=n.search||"",e+=n.hash||"",e}function Vc(){this.protocol=null,this.slashes=null,this.auth=null,this.port=null,this.hostname=null,this.hash=null,this.search=null,this.pathname=null}const XC=/^([a-z0-9.+-]+:)/i,qC=/:[0-9]*$/,YC=/^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/,$C=["<",">",'"',"`"," ","\r",`
`,"	"],KC=["{","}","|","\\","^","`"].concat($C),jC=["'"].concat(KC),Bg=["%","/","?",";","#"].concat(jC),zg=["/","?","#"],JC=255,Hg=/^[+a-z0-9A-Z_-]{0,63}$/,ZC=/^([+a-z0-9A-Z_-]{0,63})(.*)$/,Vg={javascript:!0,"javascript:":!0},Gg={http:!0,https:!0,ftp:!0,gopher:!0,file:!0,"http:":!0,"https:":!0,"ftp:":!0,"gopher:":!0,"file:":!0};function kf(n,e){if(n&&n instanceof Vc)return n;const t=new Vc;return t.parse(n,e),t}Vc.prototype.parse=function(n,e){let t,i,s,r=n;if(r=r.trim(),!e&&n.split("#").length===1){const c=YC.exec(r);if(c)return this.pathname=c[1],c[2]&&(this.search=c[2]),this}let o=XC.exec(r);if(o&&(o=o[0],t=o.toLowerCase(),this.protocol=o,r=r.substr(o.length)),(e||o||r.match(/^\/\/[^@\/]+@[^@\/]+/))&&(s=r.substr(0,2)==="//",s&&!(o&&Vg[o])&&(r=r.substr(2),this.slashes=!0)),!Vg[o]&&(s||o&&!Gg[o])){let c=-1;for(let p=0;p<zg.length;p++)i=r.indexOf(zg[p]),i!==-1&&(c===-1||i<c)&&(c=i);let u,h;c===-1?h=r.lastIndexOf("@"):h=r.lastIndexOf("@",c),h!==-1&&(u=r.slice(0,h),r=r.slice(h+1),this.auth=u),c=-1;for(let p=0;p<Bg.length;p++)i=r.indexOf(Bg[p]),i!==-1&&(c===-1||i<c)&&(c=i);c===-1&&(c=r.length),r[c-1]===":"&&c--;const f=r.slice(0,c);r=r.slice(c),this.parseHost(f),this.hostname=this.hostname||"";const d=this.hostname[0]==="["&&this.hostname[this.hostname.length-1]==="]";if(!d){const p=this.hostname.split(/\./);for(let x=0,m=p.length;x<m;x++){const g=p[x];if(g&&!g.match(Hg)){let v="";for(let M=0,y=g.length;M<y;M++)g.charCodeAt(M)>127?v+="x":v+=g[M];if(!v.match(Hg)){const M=p.slice(0,x),y=p.slice(x+1),T=g.match(ZC);T&&(M.push(T[1]),y.unshift(T[2])),y.length&&(r=y.join(".")+r),this.hostname=M.join(".");break}}}}this.hostname.length>JC&&(this.hostname=""),d&&(this.hostname=this.hostname.substr(1,this.hostname.length-2))}const a=r.indexOf("#");a!==-1&&(this.hash=r.substr(a),r=r.slice(0,a));const l=r.indexOf("?");return l!==-1&&(this.search=r.substr(l),r=r.slice(0,l)),r&&(this.pathname=r),Gg[t]&&this.hostname&&!this.pathname&&(this.pathname=""),this};Vc.prototype.parseHost=function(n){let e=qC.exec(n);e&&(e=e[0],e!==":"&&(this.port=e.substr(1)),n=n.substr(0,n.length-e.length)),n&&(this.hostname=n)};const QC=Object.freeze(Object.defineProperty({__proto__:null,decode:Zo,encode:Qs,format:Of,parse:kf},Symbol.toStringTag,{value:"Module"})),fx=/[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,dx=/[\0-\x1F\x7F-\x9F]/,eD=/[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/,Td=/[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/,px=/[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/,mx=/[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/,tD=Object.freeze(Object.defineProperty({__proto__:null,Any:fx,Cc:dx,Cf:eD,P:Td,S:px,Z:mx},Symbol.toStringTag,{value:"Module"})),nD=[8364,0,8218,402,8222,8230,8224,8225,710,8240,352,8249,338,0,381,0,0,8216,8217,8220,8221,8226,8211,8212,732,8482,353,8250,339,0,382,376];function iD(n){return n===0||n>=55296&&n<=57343||n>1114111}function sD(n){return iD(n)?65533:n>=128&&n<=159&&nD[n-128]||n}function rD(n){return n-1>>>0<127||n-160>>>0<55136?String.fromCharCode(n):String.fromCodePoint(sD(n))}const ls=(()=>{const n=new Uint8Array(127);let e=0;for(let t=33;t<=126;t++)t!==34&&t!==36&&t!==92&&(n[t]=e++);return n})();function oD(n,e,t,i,s,r){const a=n.length,l=r*90;let c=0;const u=()=>{const U=ls[n.charCodeAt(c++)];return U<r?U:U*91-l+ls[n.charCodeAt(c++)]},h=t-i,f=t+s,d=new Int32Array(f);d.fill(-1,i,r),d.fill(-1,r+h,f);const p=new Int32Array(f),x=new Int32Array(f);function m(U,I){let D=0,O=I;const W=I+U;for(;O<W;){const N=ls[n.charCodeAt(c++)];if(N<89)D+=N,d[O++]=D;else if(N===89){let z=ls[n.charCodeAt(c++)]+2;for(;z--;)d[O++]=++D}else{const z=ls[n.charCodeAt(c++)];D+=89+(z<90?z*91+ls[n.charCodeAt(c++)]:ls[n.charCodeAt(c++)]*8281+ls[n.charCodeAt(c++)]*91+ls[n.charCodeAt(c++)]),d[O++]=D}}}m(i,0),m(h,r);const g=new Int32Array(s*2);let v=0,M=0;function y(U,I){for(let D=0;D<U;D++){const O=I+D,W=u(),N=u();g[M*2]=W,g[M*2+1]=N,M+=1,p[O]=v;const z=(d[W]<0?x[W]:1)+(d[N]<0?x[N]:1);x[O]=z,v+=z}}y(s-r+i,r+h),y(r-i,i);const T=new Uint16Array(v);let b=0;for(let U=0;U<M;U++)for(let I=0;I<2;I++){const D=g[U*2+I],O=d[D];if(O<0){let W=p[D];const N=W+x[D];for(;W<N;)T[b++]=T[W++]}else T[b++]=O}const _=new Uint16Array(e);let E=0;for(;c<a;){let U=ls[n.charCodeAt(c++)];U>=r&&(U=U*91-l+ls[n.charCodeAt(c++)]);const I=d[U];if(I<0){let D=p[U];const O=D+x[U];for(;D<O;)_[E++]=T[D++]}else _[E++]=I}return _}const aD=oD("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P",13494,2713,49,25,61);var $n;(function(n){n[n.VALUE_LENGTH=49152]="VALUE_LENGTH",n[n.FLAG13=8192]="FLAG13",n[n.BRANCH_LENGTH=8064]="BRANCH_LENGTH",n[n.JUMP_TABLE=127]="JUMP_TABLE",n[n.VALUE_MASK=8191]="VALUE_MASK"})($n||($n={}));var Si;(function(n){n[n.AMP=38]="AMP",n[n.NUM=35]="NUM",n[n.SEMI=59]="SEMI",n[n.EQUALS=61]="EQUALS",n[n.ZERO=48]="ZERO",n[n.NINE=57]="NINE",n[n.LOWER_A=97]="LOWER_A",n[n.LOWER_X=120]="LOWER_X"})(Si||(Si={}));const Gc=32,gx=21,lD=2097151,Bf=2047;let _x=0;function cD(n){const e=n>>>gx;return e===Bf?_x:e}function uD(n){return n-Si.ZERO>>>0<=9}function hD(n){return(n|Gc)-Si.LOWER_A>>>0<=5}function fD(n){return(n|Gc)-Si.LOWER_A>>>0<=25}var Wg;(function(n){n[n.EntityStart=0]="EntityStart",n[n.NumericStart=1]="NumericStart",n[n.NumericDecimal=2]="NumericDecimal",n[n.NumericHex=3]="NumericHex",n[n.NamedEntity=4]="NamedEntity"})(Wg||(Wg={}));var Xg;(function(n){n[n.Legacy=0]="Legacy",n[n.Strict=1]="Strict",n[n.Attribute=2]="Attribute"})(Xg||(Xg={}));function dD(n,e,t,i){const s=(e&$n.BRANCH_LENGTH)>>7,r=e&$n.JUMP_TABLE;if(r){if(s===0)return i===r?t:-1;const l=i-r;if(l>>>0>=s)return-1;const c=n[t+l];return c===0?-1:t+s+c-1&65535}if(s===0)return-1;const o=s+1>>1,a=t+o+s;for(let l=0;l<s;l++){const u=n[t+(l>>1)]>>((l&1)<<3)&255;if(u===i){const h=t+o+l;return a+n[h]&65535}if(u>i)return-1}return-1}function qg(n,e,t){return t===1?String.fromCharCode(n[e]&$n.VALUE_MASK):t===2?String.fromCharCode(n[e+1]):String.fromCharCode(n[e+1],n[e+2])}function pD(n,e,t){let i=e+1,s=0,r=i;if(i<t&&(n.charCodeAt(i)|Gc)===Si.LOWER_X)for(i+=1,r=i;i<t;){const a=n.charCodeAt(i);if(uD(a))s=s*16+(a-Si.ZERO);else if(hD(a))s=s*16+((a|Gc)-Si.LOWER_A+10);else break;i+=1}else for(;i<t;){const a=n.charCodeAt(i)-Si.ZERO;if(a>>>0>9)break;s=s*10+a,i+=1}if(i===r)return 0;i<t&&n.charCodeAt(i)===Si.SEMI&&(i+=1),s>1114111&&(s=1114112);let o=i-e;return o>=Bf&&(_x=o,o=Bf),o<<gx|s}function mD(n,e,t){const i=aD;let s=n.indexOf("&");if(s<0)return n;const r=n.length;let o=0,a="";const l=i[0],c=l&$n.JUMP_TABLE,u=(l&$n.BRANCH_LENGTH)>>7;do{const h=s+1,f=n.charCodeAt(h);let d,p;if(f===Si.NUM){const x=pD(n,h,r);d=cD(x),d>0&&n.charCodeAt(h+d-1)!==Si.SEMI&&(d=0),p=d===0?"":rD(x&lD)}else if(fD(f)){d=0,p="";const x=f-c;let m;if(x>>>0<u){const T=i[1+x];m=T===0?-1:u+T&65535}else m=-1;let g=0,v=0,M=m<0?0:i[m],y=h+1;e:for(;y<r;){for(;(M&($n.VALUE_LENGTH|$n.FLAG13))===0&&(M&$n.JUMP_TABLE)!==0;){const E=M&$n.JUMP_TABLE,U=(M&$n.BRANCH_LENGTH)>>7;if(U===0){if(n.charCodeAt(y)!==E)break e;m+=1}else{const I=n.charCodeAt(y)-E;if(I>>>0>=U)break e;const D=i[m+1+I];if(D===0)break e;m=m+U+D&65535}if(M=i[m],y+=1,y>=r)break e}if((M&($n.VALUE_LENGTH|$n.FLAG13))===$n.FLAG13){const E=(M&$n.BRANCH_LENGTH)>>7;if(n.charCodeAt(y)!==(M&$n.JUMP_TABLE))break;y+=1;const U=E-1;let I=m+1,D=0;for(;D+1<U;D+=2){const O=i[I];if(n.charCodeAt(y)!==(O&255)||(y+=1,n.charCodeAt(y)!==(O>>8&255)))break e;y+=1,I+=1}if(D<U){if(n.charCodeAt(y)!==(i[I]&255))break;y+=1}m+=1+(E>>1),M=i[m];continue}const T=M>>>14,b=n.charCodeAt(y);if(T!==0){if(b===Si.SEMI){d=y-h+1,p=T===1?String.fromCharCode(M&$n.VALUE_MASK):qg(i,m,T);break}if(T===1)break}const _=dD(i,M,m+(T||1),b);if(_<0)break;m=_,M=i[m],y+=1}p===""&&d>0&&(p=qg(i,g,v))}else d=0,p="";d===0||t?s=h:(o<s&&(a+=n.slice(o,s)),a+=p,s=o=h+d),n.charCodeAt(s)!==Si.AMP&&(s=n.indexOf("&",s))}while(s>=0);return a+n.slice(o)}function xx(n){return mD(n,!0,!1)}var gD=class{src_Any=fx.source;src_Cc=dx.source;src_Z=mx.source;src_P=Td.source;src_ZPCc=[this.src_Z,this.src_P,this.src_Cc].join("|");src_ZCc=[this.src_Z,this.src_Cc].join("|");cache={};opts={maxLength:1e4,urlAuth:!1,schema_names:[]};constructor(n={}){this.opts={...this.opts,...n}}set(n={}){return this.opts={...this.opts,...n},this.cache={},this}escapeRE(n){return n.replace(/[.?*+^$[\]\\(){}|-]/g,"\\$&")}nestedPairRE(n,e,t=4){const i=this.escapeRE(n),s=this.escapeRE(e),r=`(?:(?!${this.src_ZCc}|${i}|${s}).)`;let o=`${i}${r}{0,1000}${s}`;for(let a=2;a<=t;a++)o=`${i}(?:${r}|${o}){0,1000}${s}`;return o}get_text_separators(){return this.cache.text_separators??=/[><\uff5c]/}get_pseudo_letter(){return this.cache.src_pseudo_letter??=new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`)}get_ipv4_addr(){return this.cache.src_ip4??=new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])")}get_ipv6_addr(){const n="[0-9A-Fa-f]{1,4}",e=`(?:(?:${n}:${n})|${this.get_ipv4_addr().source})`;return this.cache.src_ip6_addr??=new RegExp(`(?:(?:${n}:){6}${e}|::(?:${n}:){5}${e}|(?:${n})?::(?:${n}:){4}${e}|(?:(?:${n}:){0,1}${n})?::(?:${n}:){3}${e}|(?:(?:${n}:){0,2}${n})?::(?:${n}:){2}${e}|(?:(?:${n}:){0,3}${n})?::${n}:${e}|(?:(?:${n}:){0,4}${n})?::${e}|(?:(?:${n}:){0,5}${n})?::${n}|(?:(?:${n}:){0,6}${n})?::)`)}get_ipv6_url_host(){return this.cache.src_ip6_host??=new RegExp(`\\[${this.get_ipv6_addr().source}\\]`)}get_ipv6_mail_host(){return this.cache.src_ipv6_mail_host??=new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`)}get_auth(){return this.cache.src_auth??=new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`)}get_port(){return this.cache.src_port??=new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?")}get_host_terminator(){return this.cache.src_host_terminator??=new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"]?"-(?!--)|":"-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`)}get_path_terminator(){return this.cache.src_path_terminator??=new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`)}get_path(){return this.cache.src_path??=new RegExp(`(?:[/?#](?:${this.nestedPairRE("[","]")}|${this.nestedPairRE("(",")")}|${this.nestedPairRE("{","}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|`+(this.opts["---"]?"\\-(?!--(?:[^-]|$))(?:-{0,19})|":"\\-{1,20}|")+`,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|`+this.get_path_extra().source+`[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`)}get_mail_name(){return this.cache.src_mail_name??=new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}")}get_xn(){return this.cache.src_xn??=new RegExp("xn--[a-z0-9\\-]{1,59}")}get_tld(){if(this.cache.tld)return this.cache.tld;const n=[...new Set(this.opts.tlds||[])].sort().reverse().join("|");return this.cache.tld=new RegExp(`${n||"$#none#$"}|${this.get_xn().source}`),this.cache.tld}get_domain_root(){return this.cache.src_domain_root??=new RegExp("(?:"+this.get_xn().source+`|${this.get_pseudo_letter().source}{1,63})`)}get_domain(){return this.cache.src_domain??=new RegExp("(?:"+this.get_xn().source+`|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`)}get_url_host_port(){return this.cache.url_host_port??=new RegExp("(?:"+this.get_ipv6_url_host().source+`|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))`+this.get_port().source+this.get_host_terminator().source)}get_fuzzy_url_host_port(){return this.cache.fuzzy_url_host_port??=new RegExp("(?:"+(this.opts.fuzzyIP?this.get_ipv4_addr().source+"|":"")+`(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))`+this.get_host_terminator().source)}get_mail_host(){return this.cache.src_mail_host??=new RegExp("(?:"+this.get_ipv6_mail_host().source+`|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))`+this.get_host_terminator().source)}get_fuzzy_mail_host(){return this.cache.src_fuzzy_mail_host??=new RegExp("(?:"+this.get_ipv6_mail_host().source+`|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))`+this.get_host_terminator().source)}get_path_extra(){return this.cache.src_path_extra??=new RegExp("")}get_fuzzy_mail_host_search(){return this.cache.mail_fuzzy_host_search??=new RegExp(`@${this.get_fuzzy_mail_host().source}`,"ig")}get_fuzzy_link_search(){return this.cache.link_fuzzy_search??=new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|｜]|${this.src_ZPCc}))(?:(?![$+<=>^\`|｜])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`,"ig")}get_http_validator(){return this.cache.http_validator??=new RegExp("\\/\\/"+(this.opts.urlAuth?this.get_auth().source:"")+this.get_url_host_port().source+this.get_path().source,"iy")}get_relative_proto_validator(){return this.cache.relative_proto_validator??=new RegExp((this.opts.urlAuth?this.get_auth().source:"")+`(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})`+this.get_port().source+this.get_host_terminator().source+this.get_path().source,"iy")}get_mail_name_validator(){return this.cache.mail_name_validator??=new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`)}get_mailto_validator(){return this.cache.mailto_validator??=new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`,"iy")}get_schema_names(){return this.cache.schema_names??=new RegExp((this.opts.schema_names||[]).map(n=>this.escapeRE(n)).join("|"))}get_schema_search(){return this.cache.schema_search??=new RegExp(`(^|(?!_)(?:[><｜]|${this.src_ZPCc}))(${this.get_schema_names().source})`,"ig")}get_schema_at_start(){return this.cache.schema_at_start??=new RegExp(`^${this.get_schema_search().source}`,"i")}},yh={validate:(n,e,t)=>{const i=t.re.get_http_validator();i.lastIndex=e;const s=i.exec(n);return s?s[0].length:0},normalize:(n,e)=>e.normalize(n)},_D={"http:":yh,"https:":yh,"ftp:":yh,"//":{validate:function(n,e,t){const i=t.re.get_relative_proto_validator();i.lastIndex=e;const s=i.exec(n);return s?e>=3&&n[e-3]===":"||e>=3&&n[e-3]==="/"?0:s[0].length:0},normalize:(n,e)=>e.normalize(n)},"mailto:":{validate:function(n,e,t){const i=t.re.get_mailto_validator();i.lastIndex=e;const s=i.exec(n);return s?s[0].length:0},normalize:(n,e)=>e.normalize(n)}},xD="a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw",vD="biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф";function yD(){const n=vD.split("|");return xD.split("|").forEach(e=>{const t=e.indexOf(":"),i=e.slice(0,t);for(const s of e.slice(t+1))n.push(i+s)}),n}var SD={fuzzyLink:!1,fuzzyEmail:!0,fuzzyIP:!1,"---":!1,tlds:yD(),urlAuth:!1,maxLength:1e4},Yg=class{schema;index;lastIndex;raw;text;url;constructor(n,e,t,i){const s=n.slice(t,i);this.schema=e.toLowerCase(),this.index=t,this.lastIndex=i,this.raw=s,this.text=s,this.url=s}},bD=class{__opts__;__schemas__;re;constructor(n={}){const{rebuilder:e,...t}=n;this.__opts__={...SD,...t},this.__schemas__={..._D},this.re=e||new gD,this.re.set({...this.__opts__,schema_names:Object.keys(this.__schemas__)})}add(n,e=null){if(!e)delete this.__schemas__[n];else{const t={normalize:(i,s)=>s.normalize(i),...e};this.__schemas__[n]=t}return this.re.set({...this.__opts__,schema_names:Object.keys(this.__schemas__)}),this}set(n={}){return this.__opts__={...this.__opts__,...n},this.re.set({...this.__opts__,schema_names:Object.keys(this.__schemas__)}),this}test(n){if(!n.length)return!1;let e,t;for(t=this.re.get_schema_search(),t.lastIndex=0;(e=t.exec(n))!==null;)if(this.testSchemaAt(n,e[2],t.lastIndex))return!0;if(this.__opts__.fuzzyLink&&this.__schemas__["http:"]&&(t=this.re.get_fuzzy_link_search(),t.lastIndex=0,t.exec(n)!==null))return!0;if(this.__opts__.fuzzyEmail&&this.__schemas__["mailto:"]&&n.indexOf("@")>=0){const i=this.re.get_fuzzy_mail_host_search(),s=this.re.get_mail_name_validator();for(i.lastIndex=0;(e=i.exec(n))!==null;){const r=n.slice(Math.max(0,e.index-65),e.index);if(s.test(r))return!0}}return!1}testSchemaAt(n,e,t){return this.__schemas__[e.toLowerCase()]?this.__schemas__[e.toLowerCase()].validate(n.slice(0,t+this.__opts__.maxLength),t,this):0}match(n){const e=[],t=this.re.get_schema_search();let i,s,r,o,a,l,c=!1,u=!1,h=!1,f=0;if(!n.length)return null;for(t.lastIndex=0,this.__opts__.fuzzyLink&&this.__schemas__["http:"]&&(i=this.re.get_fuzzy_link_search(),i.lastIndex=0),this.__opts__.fuzzyEmail&&this.__schemas__["mailto:"]&&(s=this.re.get_fuzzy_mail_host_search(),s.lastIndex=0,r=this.re.get_mail_name_validator());;){const d=Math.max(f-1,0);if(s&&r&&!h&&(!a||a.index<f))for(s.lastIndex<d&&(s.lastIndex=d);;){const v=s.exec(n);if(!v){h=!0,a=void 0;break}const M=r.exec(n.slice(Math.max(0,v.index-65),v.index));if(M){if(a={schema:"mailto:",index:v.index-M[1].length,lastIndex:v.index+v[0].length},a.index>=f)break;s.lastIndex<d&&(s.lastIndex=d)}}if(i&&!u&&(!o||o.index<f))for(i.lastIndex<d&&(i.lastIndex=d);;){const v=i.exec(n);if(!v){u=!0,o=void 0;break}if(o={schema:"",index:v.index+v[1].length,lastIndex:v.index+v[0].length},o.index>=f)break;i.lastIndex<d&&(i.lastIndex=d)}let p=a;(!p||o&&(o.index<p.index||o.index===p.index&&o.lastIndex>p.lastIndex))&&(p=o);let x;if(!c)for(;;){if(!l){t.lastIndex<d&&(t.lastIndex=d);const y=t.exec(n);if(!y){c=!0;break}l={schema:y[2],index:y.index+y[1].length,lastIndex:y.index+y[0].length}}if(l.index<f){l=void 0;continue}if(p&&l.index>p.index)break;const v=l;l=void 0;const M=this.testSchemaAt(n,v.schema,v.lastIndex);if(M){x={schema:v.schema,index:v.index,lastIndex:v.lastIndex+M};break}}let m=x;if((!m||a&&(a.index<m.index||a.index===m.index&&a.lastIndex>m.lastIndex))&&(m=a),(!m||o&&(o.index<m.index||o.index===m.index&&o.lastIndex>m.lastIndex))&&(m=o),!m)break;m===a?a=void 0:m===o&&(o=void 0);const g=new Yg(n,m.schema,m.index,m.lastIndex);g.schema?this.__schemas__[g.schema].normalize(g,this):this.normalize(g),e.push(g),f=m.lastIndex}return e.length?e:null}matchAtStart(n){if(!n.length)return null;const e=this.re.get_schema_at_start().exec(n);if(!e)return null;const t=this.testSchemaAt(n,e[2],e[0].length);if(!t)return null;const i=new Yg(n,e[2],e.index+e[1].length,e.index+e[0].length+t);return this.__schemas__[i.schema].normalize(i,this),i}tlds(n,e=!1){return n=Array.isArray(n)?n:[n],e?this.__opts__.tlds=this.__opts__.tlds.concat(n):this.__opts__.tlds=n,this.re.set({...this.__opts__,schema_names:Object.keys(this.__schemas__)}),this}normalize(n){n.schema||(n.url=`http://${n.url}`),n.schema==="mailto:"&&!/^mailto:/i.test(n.url)&&(n.url=`mailto:${n.url}`)}};const zo=2147483647,Is=36,Ad=1,cl=26,MD=38,ED=700,vx=72,yx=128,Sx="-",wD=/^xn--/,TD=/[^\0-\x7F]/,AD=/[\x2E\u3002\uFF0E\uFF61]/g,RD={overflow:"Overflow: input needs wider integers to process","not-basic":"Illegal input >= 0x80 (not a basic code point)","invalid-input":"Invalid input"},Sh=Is-Ad,Ns=Math.floor,bh=String.fromCharCode;function Ar(n){throw new RangeError(RD[n])}function CD(n,e){const t=[];let i=n.length;for(;i--;)t[i]=e(n[i]);return t}function bx(n,e){const t=n.split("@");let i="";t.length>1&&(i=t[0]+"@",n=t[1]),n=n.replace(AD,".");const s=n.split("."),r=CD(s,e).join(".");return i+r}function Mx(n){const e=[];let t=0;const i=n.length;for(;t<i;){const s=n.charCodeAt(t++);if(s>=55296&&s<=56319&&t<i){const r=n.charCodeAt(t++);(r&64512)==56320?e.push(((s&1023)<<10)+(r&1023)+65536):(e.push(s),t--)}else e.push(s)}return e}const DD=n=>String.fromCodePoint(...n),LD=function(n){return n>=48&&n<58?26+(n-48):n>=65&&n<91?n-65:n>=97&&n<123?n-97:Is},$g=function(n,e){return n+22+75*(n<26)-((e!=0)<<5)},Ex=function(n,e,t){let i=0;for(n=t?Ns(n/ED):n>>1,n+=Ns(n/e);n>Sh*cl>>1;i+=Is)n=Ns(n/Sh);return Ns(i+(Sh+1)*n/(n+MD))},wx=function(n){const e=[],t=n.length;let i=0,s=yx,r=vx,o=n.lastIndexOf(Sx);o<0&&(o=0);for(let a=0;a<o;++a)n.charCodeAt(a)>=128&&Ar("not-basic"),e.push(n.charCodeAt(a));for(let a=o>0?o+1:0;a<t;){const l=i;for(let u=1,h=Is;;h+=Is){a>=t&&Ar("invalid-input");const f=LD(n.charCodeAt(a++));f>=Is&&Ar("invalid-input"),f>Ns((zo-i)/u)&&Ar("overflow"),i+=f*u;const d=h<=r?Ad:h>=r+cl?cl:h-r;if(f<d)break;const p=Is-d;u>Ns(zo/p)&&Ar("overflow"),u*=p}const c=e.length+1;r=Ex(i-l,c,l==0),Ns(i/c)>zo-s&&Ar("overflow"),s+=Ns(i/c),i%=c,e.splice(i++,0,s)}return String.fromCodePoint(...e)},Tx=function(n){const e=[];n=Mx(n);const t=n.length;let i=yx,s=0,r=vx;for(const l of n)l<128&&e.push(bh(l));const o=e.length;let a=o;for(o&&e.push(Sx);a<t;){let l=zo;for(const u of n)u>=i&&u<l&&(l=u);const c=a+1;l-i>Ns((zo-s)/c)&&Ar("overflow"),s+=(l-i)*c,i=l;for(const u of n)if(u<i&&++s>zo&&Ar("overflow"),u===i){let h=s;for(let f=Is;;f+=Is){const d=f<=r?Ad:f>=r+cl?cl:f-r;if(h<d)break;const p=h-d,x=Is-d;e.push(bh($g(d+p%x,0))),h=Ns(p/x)}e.push(bh($g(h,0))),r=Ex(s,c,a===o),s=0,++a}++s,++i}return e.join("")},PD=function(n){return bx(n,function(e){return wD.test(e)?wx(e.slice(4).toLowerCase()):e})},ID=function(n){return bx(n,function(e){return TD.test(e)?"xn--"+Tx(e):e})},Kg={version:"2.3.1",ucs2:{decode:Mx,encode:DD},decode:wx,encode:Tx,toASCII:ID,toUnicode:PD};var jg=Object.defineProperty,Ax=(n,e)=>{let t={};for(var i in n)jg(t,i,{get:n[i],enumerable:!0});return jg(t,Symbol.toStringTag,{value:"Module"}),t},ND=Ax({arrayReplaceAt:()=>FD,asciiTrim:()=>au,callable:()=>Rx,escapeHtml:()=>Nr,escapeRE:()=>XD,fromCodePoint:()=>ul,isMdAsciiPunct:()=>dl,isPunctChar:()=>Dx,isPunctCharCode:()=>fl,isSpace:()=>on,isValidEntityCode:()=>Rd,isWhiteSpace:()=>hl,lib:()=>qD,normalizeReference:()=>ou,unescapeAll:()=>Qo,unescapeMd:()=>BD});function Rx(n){const e=function(...t){return Reflect.construct(n,t,new.target&&new.target!==e?new.target:n)};return Object.defineProperty(e,"name",{value:n.name}),Object.setPrototypeOf(e,n),e.prototype=n.prototype,e}function FD(n,e,t){return[].concat(n.slice(0,e),t,n.slice(e+1))}function Rd(n){return!(n>=55296&&n<=57343||n>=64976&&n<=65007||(n&65535)===65535||(n&65535)===65534||n>=0&&n<=8||n===11||n>=14&&n<=31||n>=127&&n<=159||n>1114111)}function ul(n){if(n>65535){n-=65536;const e=55296+(n>>10),t=56320+(n&1023);return String.fromCharCode(e,t)}return String.fromCharCode(n)}var Cx=/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g,UD=new RegExp(`${Cx.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`,"gi"),OD=/^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;function kD(n,e){if(e.charCodeAt(0)===35&&OD.test(e)){const i=e[1].toLowerCase()==="x"?parseInt(e.slice(2),16):parseInt(e.slice(1),10);return Rd(i)?ul(i):n}const t=xx(n);return t!==n?t:n}function BD(n){return n.indexOf("\\")<0?n:n.replace(Cx,"$1")}function Qo(n){return n.indexOf("\\")<0&&n.indexOf("&")<0?n:n.replace(UD,function(e,t,i){return t||kD(e,i)})}var zD=/[&<>"]/,HD=/[&<>"]/g,VD={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"};function GD(n){return VD[n]}function Nr(n){return zD.test(n)?n.replace(HD,GD):n}var WD=/[.?*+^$[\]\\(){}|-]/g;function XD(n){return n.replace(WD,"\\$&")}function on(n){switch(n){case 9:case 32:return!0}return!1}function hl(n){if(n>=8192&&n<=8202)return!0;switch(n){case 9:case 10:case 11:case 12:case 13:case 32:case 160:case 5760:case 8239:case 8287:case 12288:return!0}return!1}function Dx(n){return Td.test(n)||px.test(n)}function fl(n){return Dx(ul(n))}function dl(n){switch(n){case 33:case 34:case 35:case 36:case 37:case 38:case 39:case 40:case 41:case 42:case 43:case 44:case 45:case 46:case 47:case 58:case 59:case 60:case 61:case 62:case 63:case 64:case 91:case 92:case 93:case 94:case 95:case 96:case 123:case 124:case 125:case 126:return!0;default:return!1}}function ou(n){return n=n.trim().replace(/\s+/g," "),n.toLowerCase().toUpperCase()}function Jg(n){return n===32||n===9||n===10||n===13}function au(n){let e=0;for(;e<n.length&&Jg(n.charCodeAt(e));e++);let t=n.length-1;for(;t>=e&&Jg(n.charCodeAt(t));t--);return n.slice(e,t+1)}var qD={mdurl:QC,ucmicro:tD};function YD(n,e,t){let i,s,r,o;const a=n.posMax,l=n.pos;for(n.pos=e+1,i=1;n.pos<a;){if(r=n.src.charCodeAt(n.pos),r===93&&(i--,i===0)){s=!0;break}if(o=n.pos,n.md.inline.skipToken(n),r===91){if(o===n.pos-1)i++;else if(t)return n.pos=l,-1}}let c=-1;return s&&(c=n.pos),n.pos=l,c}function $D(n,e,t){let i,s=e;const r={ok:!1,pos:0,str:""};if(n.charCodeAt(s)===60){for(s++;s<t;){if(i=n.charCodeAt(s),i===10||i===60)return r;if(i===62)return r.pos=s+1,r.str=Qo(n.slice(e+1,s)),r.ok=!0,r;if(i===92&&s+1<t){s+=2;continue}s++}return r}let o=0;for(;s<t&&(i=n.charCodeAt(s),!(i===32||i<32||i===127));){if(i===92&&s+1<t){if(n.charCodeAt(s+1)===32){s++;continue}s+=2;continue}if(i===40&&(o++,o>32))return r;if(i===41){if(o===0)break;o--}s++}return e===s||o!==0||(r.str=Qo(n.slice(e,s)),r.pos=s,r.ok=!0),r}function KD(n,e,t,i){let s,r=e;const o={ok:!1,can_continue:!1,pos:0,str:"",marker:0};if(i)o.str=i.str,o.marker=i.marker;else{if(r>=t)return o;let a=n.charCodeAt(r);if(a!==34&&a!==39&&a!==40)return o;e++,r++,a===40&&(a=41),o.marker=a}for(;r<t;){if(s=n.charCodeAt(r),s===o.marker)return o.pos=r+1,o.str+=Qo(n.slice(e,r)),o.ok=!0,o;if(s===40&&o.marker===41)return o;s===92&&r+1<t&&r++,r++}return o.can_continue=!0,o.str+=Qo(n.slice(e,r)),o}var jD=Ax({parseLinkDestination:()=>$D,parseLinkLabel:()=>YD,parseLinkTitle:()=>KD});function pl(n){"@babel/helpers - typeof";return pl=typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?function(e){return typeof e}:function(e){return e&&typeof Symbol=="function"&&e.constructor===Symbol&&e!==Symbol.prototype?"symbol":typeof e},pl(n)}function JD(n,e){if(pl(n)!="object"||!n)return n;var t=n[Symbol.toPrimitive];if(t!==void 0){var i=t.call(n,e);if(pl(i)!="object")return i;throw new TypeError("@@toPrimitive must return a primitive value.")}return(e==="string"?String:Number)(n)}function ZD(n){var e=JD(n,"string");return pl(e)=="symbol"?e:e+""}function Je(n,e,t){return(e=ZD(e))in n?Object.defineProperty(n,e,{value:t,enumerable:!0,configurable:!0,writable:!0}):n[e]=t,n}var Qr=class{constructor(n,e,t){Je(this,"map",null),Je(this,"level",0),Je(this,"children",null),Je(this,"content",""),Je(this,"markup",""),Je(this,"info",""),Je(this,"block",!1),Je(this,"hidden",!1),this.type=n,this.tag=e,this.attrs=null,this.nesting=t,this.meta=null}attrIndex(n){if(!this.attrs)return-1;const e=this.attrs;for(let t=0,i=e.length;t<i;t++)if(e[t][0]===n)return t;return-1}attrPush(n){this.attrs?this.attrs.push(n):this.attrs=[n]}attrSet(n,e){const t=this.attrIndex(n),i=[n,e];t<0?this.attrPush(i):this.attrs[t]=i}attrGet(n){const e=this.attrIndex(n);let t=null;return e>=0&&(t=this.attrs[e][1]),t}attrJoin(n,e){const t=this.attrIndex(n);t<0?this.attrPush([n,e]):this.attrs[t][1]=`${this.attrs[t][1]} ${e}`}},ml=class{constructor(){Je(this,"__rules__",[]),Je(this,"__cache__",null)}__find__(n){for(let e=0;e<this.__rules__.length;e++)if(this.__rules__[e].name===n)return e;return-1}__compile__(){const n=new Set;this.__rules__.forEach(e=>{e.enabled&&e.alt.forEach(t=>{t&&n.add(t)})}),this.__cache__=Object.create(null),this.__cache__[""]=[],this.__rules__.forEach(e=>{e.enabled&&this.__cache__[""].push(e.fn)}),n.forEach(e=>{this.__cache__[e]=[],this.__rules__.forEach(t=>{t.enabled&&t.alt.indexOf(e)>=0&&this.__cache__[e].push(t.fn)})})}at(n,e,t={}){const i=this.__find__(n);if(i===-1)throw new Error(`Parser rule not found: ${n}`);this.__rules__[i].fn=e,this.__rules__[i].alt=t.alt||[],this.__cache__=null}before(n,e,t,i={}){const s=this.__find__(n);if(s===-1)throw new Error(`Parser rule not found: ${n}`);this.__rules__.splice(s,0,{name:e,enabled:!0,fn:t,alt:i.alt||[]}),this.__cache__=null}after(n,e,t,i={}){const s=this.__find__(n);if(s===-1)throw new Error(`Parser rule not found: ${n}`);this.__rules__.splice(s+1,0,{name:e,enabled:!0,fn:t,alt:i.alt||[]}),this.__cache__=null}push(n,e,t={}){this.__rules__.push({name:n,enabled:!0,fn:e,alt:t.alt||[]}),this.__cache__=null}enable(n,e=!1){Array.isArray(n)||(n=[n]);const t=[];return n.forEach(i=>{const s=this.__find__(i);if(s<0){if(e)return;throw new Error(`Rules manager: invalid rule name ${i}`)}this.__rules__[s].enabled=!0,t.push(i)}),this.__cache__=null,t}enableOnly(n,e=!1){Array.isArray(n)||(n=[n]),this.__rules__.forEach(t=>{t.enabled=!1}),this.enable(n,e)}disable(n,e=!1){Array.isArray(n)||(n=[n]);const t=[];return n.forEach(i=>{const s=this.__find__(i);if(s<0){if(e)return;throw new Error(`Rules manager: invalid rule name ${i}`)}this.__rules__[s].enabled=!1,t.push(i)}),this.__cache__=null,t}getRules(n){return this.__cache__||this.__compile__(),this.__cache__[n]||[]}},Bs={};Bs.code_inline=function(n,e,t,i,s){const r=n[e];return`<code${s.renderAttrs(r)}>${Nr(r.content)}</code>`};Bs.code_block=function(n,e,t,i,s){const r=n[e];return`<pre${s.renderAttrs(r)}><code>${Nr(n[e].content)}</code></pre>
`};Bs.fence=function(n,e,t,i,s){const r=n[e],o=r.info?Qo(r.info).trim():"";let a="",l="";if(o){const u=o.split(/(\s+)/g);a=u[0],l=u.slice(2).join("")}let c;if(t.highlight?c=t.highlight(r.content,a,l)||Nr(r.content):c=Nr(r.content),c.indexOf("<pre")===0)return c+`
`;if(o){const u=r.attrIndex("class"),h=r.attrs?r.attrs.slice():[];u<0?h.push(["class",`${t.langPrefix}${a}`]):(h[u]=[h[u][0],h[u][1]],h[u][1]+=` ${t.langPrefix}${a}`);const f={attrs:h};return`<pre><code${s.renderAttrs(f)}>${c}</code></pre>
`}return`<pre><code${s.renderAttrs(r)}>${c}</code></pre>
`};Bs.image=function(n,e,t,i,s){const r=n[e];return r.attrs[r.attrIndex("alt")][1]=s.renderInlineAsText(r.children,t,i),s.renderToken(n,e,t)};Bs.hardbreak=function(n,e,t){return t.xhtmlOut?`<br />
`:`<br>
`};Bs.softbreak=function(n,e,t){return t.breaks?t.xhtmlOut?`<br />
`:`<br>
`:`
`};Bs.text=function(n,e){return Nr(n[e].content)};Bs.html_block=function(n,e){return n[e].content};Bs.html_inline=function(n,e){return n[e].content};var Lx=class{constructor(){Je(this,"rules",Object.assign({},Bs))}renderAttrs(n){let e,t,i;if(!n.attrs)return"";for(i="",e=0,t=n.attrs.length;e<t;e++)i+=` ${Nr(n.attrs[e][0])}="${Nr(String(n.attrs[e][1]))}"`;return i}renderToken(n,e,t){const i=n[e];let s="";if(i.hidden)return"";let r=e-1;for(;r>=0&&n[r].hidden&&n[r].nesting===0;)r--;i.block&&i.nesting!==-1&&r>=0&&n[r].hidden&&n[r].nesting===-1&&(s+=`
`),s+=(i.nesting===-1?"</":"<")+i.tag,s+=this.renderAttrs(i),i.nesting===0&&t.xhtmlOut&&(s+=" /");let o=!1;if(i.block&&(o=!0,i.nesting===1)){let a=e+1;for(;a<n.length&&n[a].hidden&&n[a].nesting===0;)a++;if(a<n.length){const l=n[a];(l.type==="inline"||l.hidden||l.nesting===-1&&l.tag===i.tag)&&(o=!1)}}return s+=o?`>
`:">",s}renderInline(n,e,t){let i="";const s=this.rules;for(let r=0,o=n.length;r<o;r++){const a=n[r].type;typeof s[a]<"u"?i+=s[a](n,r,e,t,this):i+=this.renderToken(n,r,e)}return i}renderInlineAsText(n,e,t){let i="";for(let s=0,r=n.length;s<r;s++)switch(n[s].type){case"text":case"code_inline":i+=n[s].content;break;case"image":i+=this.renderInlineAsText(n[s].children,e,t);break;case"html_inline":case"html_block":i+=n[s].content;break;case"softbreak":case"hardbreak":i+=`
`}return i}render(n,e,t){let i="";const s=this.rules;for(let r=0,o=n.length;r<o;r++){const a=n[r].type;a==="inline"?i+=this.renderInline(n[r].children,e,t):typeof s[a]<"u"?i+=s[a](n,r,e,t,this):i+=this.renderToken(n,r,e)}return i}},Px=class{constructor(n,e,t){Je(this,"tokens",[]),Je(this,"inlineMode",!1),Je(this,"Token",Qr),this.src=n,this.env=t,this.md=e}},QD=/\r\n?/g,eL=/\0/g;function tL(n){let e;e=n.src.replace(QD,`
`),e=e.replace(eL,"�"),n.src=e}function nL(n){let e;n.inlineMode?(e=new n.Token("inline","",0),e.content=n.src,e.map=[0,1],e.children=[],n.tokens.push(e)):n.md.block.parse(n.src,n.md,n.env,n.tokens)}function iL(n){const e=n.tokens;let t=0;for(let i=0;i<e.length;i++)e[i].type!=="reference_definition"&&(i!==t&&(e[t]=e[i]),t++);e.length!==t&&(e.length=t)}function sL(n){const e=n.tokens;for(let t=0,i=e.length;t<i;t++){const s=e[t];s.type==="inline"&&n.md.inline.parse(s.content,n.md,n.env,s.children)}}function rL(n){return/^<a[>\s]/i.test(n)}function oL(n){return/^<\/a\s*>/i.test(n)}function aL(n){const e=n.tokens;if(n.md.options.linkify)for(let t=0,i=e.length;t<i;t++){if(e[t].type!=="inline"||!n.md.linkify.test(e[t].content))continue;const s=e[t].children,r=[];let o=0;for(let a=s.length-1;a>=0;a--){const l=s[a];if(l.type==="link_close"){for(a--;s[a].level!==l.level&&s[a].type!=="link_open";)a--;continue}if(l.type==="html_inline"&&(rL(l.content)&&o>0&&o--,oL(l.content)&&o++),!(o>0)&&l.type==="text"&&n.md.linkify.test(l.content)){const c=l.content;let u=n.md.linkify.match(c);const h=[];let f=l.level,d=0;u.length>0&&u[0].index===0&&a>0&&s[a-1].type==="text_special"&&(u=u.slice(1));for(let p=0;p<u.length;p++){const x=u[p].url,m=n.md.normalizeLink(x);if(!n.md.validateLink(m))continue;let g=u[p].text;u[p].schema?u[p].schema==="mailto:"&&!/^mailto:/i.test(g)?g=n.md.normalizeLinkText(`mailto:${g}`).replace(/^mailto:/,""):g=n.md.normalizeLinkText(g):g=n.md.normalizeLinkText(`http://${g}`).replace(/^http:\/\//,"");const v=u[p].index;if(v>d){const b=new n.Token("text","",0);b.content=c.slice(d,v),b.level=f,h.push(b)}const M=new n.Token("link_open","a",1);M.attrs=[["href",m]],M.level=f++,M.markup="linkify",M.info="auto",h.push(M);const y=new n.Token("text","",0);y.content=g,y.level=f,h.push(y);const T=new n.Token("link_close","a",-1);T.level=--f,T.markup="linkify",T.info="auto",h.push(T),d=u[p].lastIndex}if(d<c.length){const p=new n.Token("text","",0);p.content=c.slice(d),p.level=f,h.push(p)}r.push({index:a,nodes:h})}}if(r.length>0){let a=s.length;for(const h of r)a+=h.nodes.length-1;const l=new Array(a);let c=0,u=0;r.reverse();for(let h=0;h<s.length;h++){const f=r[c];if(f?.index===h){for(const d of f.nodes)l[u++]=d;c++}else l[u++]=s[h]}e[t].children=l}}}var Ix=/\+-|\.\.|\?\?\?\?|!!!!|,,|--/,lL=/\((c|tm|r)\)/i,cL=/\((c|tm|r)\)/gi,uL={c:"©",r:"®",tm:"™"};function hL(n,e){return uL[e.toLowerCase()]}function fL(n){let e=0;for(let t=n.length-1;t>=0;t--){const i=n[t];i.type==="text"&&!e&&(i.content=i.content.replace(cL,hL)),i.type==="link_open"&&i.info==="auto"&&e--,i.type==="link_close"&&i.info==="auto"&&e++}}function dL(n){let e=0;for(let t=n.length-1;t>=0;t--){const i=n[t];i.type==="text"&&!e&&Ix.test(i.content)&&(i.content=i.content.replace(/\+-/g,"±").replace(/\.{2,}/g,"…").replace(/([?!])…/g,"$1..").replace(/([?!]){4,}/g,"$1$1$1").replace(/,{2,}/g,",").replace(/(^|[^-])---(?=[^-]|$)/gm,"$1—").replace(/(^|\s)--(?=\s|$)/gm,"$1–").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm,"$1–")),i.type==="link_open"&&i.info==="auto"&&e--,i.type==="link_close"&&i.info==="auto"&&e++}}function pL(n){let e;if(n.md.options.typographer)for(e=n.tokens.length-1;e>=0;e--)n.tokens[e].type==="inline"&&(lL.test(n.tokens[e].content)&&fL(n.tokens[e].children),Ix.test(n.tokens[e].content)&&dL(n.tokens[e].children))}var mL=/['"]/,Zg=/['"]/g,Qg="’",gL=1e3;function e_(n,e,t){for(;n.length>t;){const i=n.pop();i.isSingleQuote?e.single=i.prevSameQuoteIdx:e.double=i.prevSameQuoteIdx}}function fc(n,e,t,i){n[e]||(n[e]=[]),n[e].push({pos:t,ch:i})}function _L(n,e){let t="",i=0;e.sort((s,r)=>s.pos-r.pos);for(let s=0;s<e.length;s++){const r=e[s];t+=n.slice(i,r.pos)+r.ch,i=r.pos+1}return t+n.slice(i)}function xL(n,e){let t;const i=[],s={single:-1,double:-1},r={};for(let o=0;o<n.length;o++){const a=n[o],l=n[o].level;for(t=i.length-1;t>=0&&!(i[t].level<=l);t--);if(e_(i,s,t+1),a.type!=="text")continue;const c=a.content;let u=0;const h=c.length;e:for(;u<h;){Zg.lastIndex=u;const f=Zg.exec(c);if(!f)break;let d=!0,p=!0;u=f.index+1;const x=f[0]==="'";let m=32;if(f.index-1>=0)m=c.charCodeAt(f.index-1);else for(t=o-1;t>=0&&!(n[t].type==="softbreak"||n[t].type==="hardbreak");t--)if(n[t].content){m=n[t].content.charCodeAt(n[t].content.length-1);break}let g=32;if(u<h)g=c.charCodeAt(u);else for(t=o+1;t<n.length&&!(n[t].type==="softbreak"||n[t].type==="hardbreak");t++)if(n[t].content){g=n[t].content.charCodeAt(0);break}const v=dl(m)||fl(m),M=dl(g)||fl(g),y=hl(m),T=hl(g);if(T?d=!1:M&&(y||v||(d=!1)),y?p=!1:v&&(T||M||(p=!1)),g===34&&f[0]==='"'&&m>=48&&m<=57&&(p=d=!1),d&&p&&(d=v,p=M),!d&&!p){x&&fc(r,o,f.index,Qg);continue}if(p&&(t=x?s.single:s.double,t>=0&&i[t].level===l)){const b=i[t];let _,E;x?(_=e.md.options.quotes[2],E=e.md.options.quotes[3]):(_=e.md.options.quotes[0],E=e.md.options.quotes[1]),fc(r,o,f.index,E),fc(r,b.tokenIdx,b.contentPos,_),e_(i,s,t);continue e}if(d){if(i.length>=gL)return;i.push({tokenIdx:o,contentPos:f.index,isSingleQuote:x,level:l,prevSameQuoteIdx:x?s.single:s.double}),x?s.single=i.length-1:s.double=i.length-1}else p&&x&&fc(r,o,f.index,Qg)}}Object.keys(r).forEach(function(o){const a=Number(o);n[a].content=_L(n[a].content,r[o])})}function vL(n){if(n.md.options.typographer)for(let e=n.tokens.length-1;e>=0;e--)n.tokens[e].type!=="inline"||!mL.test(n.tokens[e].content)||xL(n.tokens[e].children,n)}function yL(n){let e,t;const i=n.length;for(e=0;e<i;e++)n[e].type==="text_special"&&(n[e].type="text");for(e=t=0;e<i;e++)n[e].type==="text"&&e+1<i&&n[e+1].type==="text"?n[e+1].content=n[e].content+n[e+1].content:(e!==t&&(n[t]=n[e]),t++);e!==t&&(n.length=t)}function SL(n){let e,t;const i=n.tokens,s=i.length;for(let r=0;r<s;r++){if(i[r].type!=="inline")continue;const o=i[r].children,a=o.length;for(e=0;e<a;e++)o[e].type==="text_special"&&(o[e].type="text"),o[e].children&&yL(o[e].children);for(e=t=0;e<a;e++)o[e].type==="text"&&e+1<a&&o[e+1].type==="text"?o[e+1].content=o[e].content+o[e+1].content:(e!==t&&(o[t]=o[e]),t++);e!==t&&(o.length=t)}}var Mh=[["normalize",tL],["block",nL],["strip_references",iL],["inline",sL],["linkify",aL],["replacements",pL],["smartquotes",vL],["text_join",SL]],Nx=class{constructor(){Je(this,"ruler",new ml),Je(this,"State",Px);for(let n=0;n<Mh.length;n++)this.ruler.push(Mh[n][0],Mh[n][1])}process(n){const e=this.ruler.getRules("");for(let t=0,i=e.length;t<i;t++)e[t](n)}},Fx=class{constructor(n,e,t,i){Je(this,"bMarks",[]),Je(this,"eMarks",[]),Je(this,"tShift",[]),Je(this,"sCount",[]),Je(this,"bsCount",[]),Je(this,"blkIndent",0),Je(this,"line",0),Je(this,"lineMax",0),Je(this,"tight",!1),Je(this,"listIndent",-1),Je(this,"parentType","root"),Je(this,"level",0),Je(this,"Token",Qr),this.src=n,this.md=e,this.env=t,this.tokens=i;const s=this.src;for(let r=0,o=0,a=0,l=0,c=s.length,u=!1;o<c;o++){const h=s.charCodeAt(o);if(!u)if(on(h)){a++,h===9?l+=4-l%4:l++;continue}else u=!0;(h===10||o===c-1)&&(h!==10&&o++,this.bMarks.push(r),this.eMarks.push(o),this.tShift.push(a),this.sCount.push(l),this.bsCount.push(0),u=!1,a=0,l=0,r=o+1)}this.bMarks.push(s.length),this.eMarks.push(s.length),this.tShift.push(0),this.sCount.push(0),this.bsCount.push(0),this.lineMax=this.bMarks.length-1}push(n,e,t){const i=new Qr(n,e,t);return i.block=!0,t<0&&this.level--,i.level=this.level,t>0&&this.level++,this.tokens.push(i),i}isEmpty(n){return this.bMarks[n]+this.tShift[n]>=this.eMarks[n]}skipEmptyLines(n){for(let e=this.lineMax;n<e&&!(this.bMarks[n]+this.tShift[n]<this.eMarks[n]);n++);return n}skipSpaces(n){for(let e=this.src.length;n<e&&on(this.src.charCodeAt(n));n++);return n}skipSpacesBack(n,e){if(n<=e)return n;for(;n>e;)if(!on(this.src.charCodeAt(--n)))return n+1;return n}skipChars(n,e){for(let t=this.src.length;n<t&&this.src.charCodeAt(n)===e;n++);return n}skipCharsBack(n,e,t){if(n<=t)return n;for(;n>t;)if(e!==this.src.charCodeAt(--n))return n+1;return n}getLines(n,e,t,i){if(n>=e)return"";const s=new Array(e-n);for(let r=0,o=n;o<e;o++,r++){let a=0;const l=this.bMarks[o];let c=l,u;for(o+1<e||i?u=this.eMarks[o]+1:u=this.eMarks[o];c<u&&a<t;){const h=this.src.charCodeAt(c);if(on(h))h===9?a+=4-(a+this.bsCount[o])%4:a++;else if(c-l<this.tShift[o])a++;else break;c++}a>t?s[r]=new Array(a-t+1).join(" ")+this.src.slice(c,u):s[r]=this.src.slice(c,u)}return s.join("")}},bL=65536;function Eh(n,e){const t=n.bMarks[e]+n.tShift[e],i=n.eMarks[e];return n.src.slice(t,i)}function t_(n){const e=[],t=n.length;let i=0,s=n.charCodeAt(i),r=!1,o=0,a="";for(;i<t;)s===124&&(r?(a+=n.substring(o,i-1),o=i):(e.push(a+n.substring(o,i)),a="",o=i+1)),r=s===92,i++,s=n.charCodeAt(i);return e.push(a+n.substring(o)),e}function ML(n,e,t,i){if(e+2>t)return!1;let s=e+1;if(n.sCount[s]<n.blkIndent||n.sCount[s]-n.blkIndent>=4)return!1;let r=n.bMarks[s]+n.tShift[s];if(r>=n.eMarks[s])return!1;const o=n.src.charCodeAt(r++);if(o!==124&&o!==45&&o!==58||r>=n.eMarks[s])return!1;const a=n.src.charCodeAt(r++);if(a!==124&&a!==45&&a!==58&&!on(a)||o===45&&on(a))return!1;for(;r<n.eMarks[s];){const y=n.src.charCodeAt(r);if(y!==124&&y!==45&&y!==58&&!on(y))return!1;r++}let l=Eh(n,e+1),c=l.split("|");const u=[];for(let y=0;y<c.length;y++){const T=c[y].trim();if(!T){if(y===0||y===c.length-1)continue;return!1}if(!/^:?-+:?$/.test(T))return!1;T.charCodeAt(T.length-1)===58?u.push(T.charCodeAt(0)===58?"center":"right"):T.charCodeAt(0)===58?u.push("left"):u.push("")}if(l=Eh(n,e).trim(),l.indexOf("|")===-1||n.sCount[e]-n.blkIndent>=4)return!1;c=t_(l),c.length&&c[0]===""&&c.shift(),c.length&&c[c.length-1]===""&&c.pop();const h=c.length;if(h===0||h!==u.length)return!1;if(i)return!0;const f=n.parentType;n.parentType="table";const d=n.md.block.ruler.getRules("blockquote"),p=n.push("table_open","table",1),x=[e,0];p.map=x;const m=n.push("thead_open","thead",1);m.map=[e,e+1];const g=n.push("tr_open","tr",1);g.map=[e,e+1];for(let y=0;y<c.length;y++){const T=n.push("th_open","th",1);u[y]&&(T.attrs=[["style",`text-align:${u[y]}`]]);const b=n.push("inline","",0);b.content=c[y].trim(),b.children=[],n.push("th_close","th",-1)}n.push("tr_close","tr",-1),n.push("thead_close","thead",-1);let v,M=0;for(s=e+2;s<t&&!(n.sCount[s]<n.blkIndent);s++){let y=!1;for(let b=0,_=d.length;b<_;b++)if(d[b](n,s,t,!0)){y=!0;break}if(y||(l=Eh(n,s).trim(),!l)||n.sCount[s]-n.blkIndent>=4||(c=t_(l),c.length&&c[0]===""&&c.shift(),c.length&&c[c.length-1]===""&&c.pop(),M+=h-c.length,M>bL))break;if(s===e+2){const b=n.push("tbody_open","tbody",1);b.map=v=[e+2,0]}const T=n.push("tr_open","tr",1);T.map=[s,s+1];for(let b=0;b<h;b++){const _=n.push("td_open","td",1);u[b]&&(_.attrs=[["style",`text-align:${u[b]}`]]);const E=n.push("inline","",0);E.content=c[b]?c[b].trim():"",E.children=[],n.push("td_close","td",-1)}n.push("tr_close","tr",-1)}return v&&(n.push("tbody_close","tbody",-1),v[1]=s),n.push("table_close","table",-1),x[1]=s,n.parentType=f,n.line=s,!0}function EL(n,e,t){if(n.sCount[e]-n.blkIndent<4)return!1;let i=e+1,s=i;for(;i<t;){if(n.isEmpty(i)){i++;continue}if(n.sCount[i]-n.blkIndent>=4){i++,s=i;continue}break}n.line=s;const r=n.push("code_block","code",0);return r.content=n.getLines(e,s,4+n.blkIndent,!1)+`
`,r.map=[e,n.line],!0}function wL(n,e,t,i){let s=n.bMarks[e]+n.tShift[e],r=n.eMarks[e];if(n.sCount[e]-n.blkIndent>=4||s+3>r)return!1;const o=n.src.charCodeAt(s);if(o!==126&&o!==96)return!1;let a=s;s=n.skipChars(s,o);let l=s-a;if(l<3)return!1;const c=n.src.slice(a,s),u=n.src.slice(s,r);if(o===96&&u.indexOf(String.fromCharCode(o))>=0)return!1;if(i)return!0;let h=e,f=!1;for(;h++,!(h>=t||(s=a=n.bMarks[h]+n.tShift[h],r=n.eMarks[h],s<r&&n.sCount[h]<n.blkIndent));)if(n.src.charCodeAt(s)===o&&!(n.sCount[h]-n.blkIndent>=4)&&(s=n.skipChars(s,o),!(s-a<l)&&(s=n.skipSpaces(s),!(s<r)))){f=!0;break}l=n.sCount[e],n.line=h+(f?1:0);const d=n.push("fence","code",0);return d.info=u,d.content=n.getLines(e+1,h,l,!0),d.markup=c,d.map=[e,n.line],!0}function TL(n,e,t,i){let s=n.bMarks[e]+n.tShift[e],r=n.eMarks[e];const o=n.lineMax;if(n.sCount[e]-n.blkIndent>=4||n.src.charCodeAt(s)!==62)return!1;if(i)return!0;const a=[],l=[],c=[],u=[],h=n.md.block.ruler.getRules("blockquote"),f=n.parentType;n.parentType="blockquote";let d=!1,p;for(p=e;p<t;p++){const M=n.sCount[p]<n.blkIndent;if(s=n.bMarks[p]+n.tShift[p],r=n.eMarks[p],s>=r)break;if(n.src.charCodeAt(s++)===62&&!M){let T=n.sCount[p]+1,b,_;n.src.charCodeAt(s)===32?(s++,T++,_=!1,b=!0):n.src.charCodeAt(s)===9?(b=!0,(n.bsCount[p]+T)%4===3?(s++,T++,_=!1):_=!0):b=!1;let E=T;for(a.push(n.bMarks[p]),n.bMarks[p]=s;s<r;){const U=n.src.charCodeAt(s);if(on(U))U===9?E+=4-(E+n.bsCount[p]+(_?1:0))%4:E++;else break;s++}d=s>=r,l.push(n.bsCount[p]),n.bsCount[p]=n.sCount[p]+1+(b?1:0),c.push(n.sCount[p]),n.sCount[p]=E-T,u.push(n.tShift[p]),n.tShift[p]=s-n.bMarks[p];continue}if(d)break;let y=!1;for(let T=0,b=h.length;T<b;T++)if(h[T](n,p,t,!0)){y=!0;break}if(y){n.lineMax=p,n.blkIndent!==0&&(a.push(n.bMarks[p]),l.push(n.bsCount[p]),u.push(n.tShift[p]),c.push(n.sCount[p]),n.sCount[p]-=n.blkIndent);break}a.push(n.bMarks[p]),l.push(n.bsCount[p]),u.push(n.tShift[p]),c.push(n.sCount[p]),n.sCount[p]=-1}const x=n.blkIndent;n.blkIndent=0;const m=n.push("blockquote_open","blockquote",1);m.markup=">";const g=[e,0];m.map=g,n.md.block.tokenize(n,e,p);const v=n.push("blockquote_close","blockquote",-1);v.markup=">",n.lineMax=o,n.parentType=f,g[1]=n.line;for(let M=0;M<u.length;M++)n.bMarks[M+e]=a[M],n.tShift[M+e]=u[M],n.sCount[M+e]=c[M],n.bsCount[M+e]=l[M];return n.blkIndent=x,!0}function AL(n,e,t,i){const s=n.eMarks[e];if(n.sCount[e]-n.blkIndent>=4)return!1;let r=n.bMarks[e]+n.tShift[e];const o=n.src.charCodeAt(r++);if(o!==42&&o!==45&&o!==95)return!1;let a=1;for(;r<s;){const c=n.src.charCodeAt(r++);if(c!==o&&!on(c))return!1;c===o&&a++}if(a<3)return!1;if(i)return!0;n.line=e+1;const l=n.push("hr","hr",0);return l.map=[e,n.line],l.markup=Array(a+1).join(String.fromCharCode(o)),!0}function n_(n,e){const t=n.eMarks[e];let i=n.bMarks[e]+n.tShift[e];const s=n.src.charCodeAt(i++);return s!==42&&s!==45&&s!==43||i<t&&!on(n.src.charCodeAt(i))?-1:i}function i_(n,e){const t=n.bMarks[e]+n.tShift[e],i=n.eMarks[e];let s=t;if(s+1>=i)return-1;let r=n.src.charCodeAt(s++);if(r<48||r>57)return-1;for(;;){if(s>=i)return-1;if(r=n.src.charCodeAt(s++),r>=48&&r<=57){if(s-t>=10)return-1;continue}if(r===41||r===46)break;return-1}return s<i&&(r=n.src.charCodeAt(s),!on(r))?-1:s}function RL(n,e){const t=n.level+2;for(let i=e+2,s=n.tokens.length-2;i<s;i++)n.tokens[i].level===t&&n.tokens[i].type==="paragraph_open"&&(n.tokens[i+2].hidden=!0,n.tokens[i].hidden=!0,i+=2)}function CL(n,e,t,i){let s,r,o,a,l=e,c=!0;if(n.sCount[l]-n.blkIndent>=4||n.listIndent>=0&&n.sCount[l]-n.listIndent>=4&&n.sCount[l]<n.blkIndent)return!1;let u=!1;i&&n.parentType==="paragraph"&&n.sCount[l]>=n.blkIndent&&(u=!0);let h,f,d;if((d=i_(n,l))>=0){if(h=!0,o=n.bMarks[l]+n.tShift[l],f=Number(n.src.slice(o,d-1)),u&&f!==1)return!1}else if((d=n_(n,l))>=0)h=!1;else return!1;if(u&&n.skipSpaces(d)>=n.eMarks[l])return!1;if(i)return!0;const p=n.src.charCodeAt(d-1),x=n.tokens.length;h?(a=n.push("ordered_list_open","ol",1),f!==1&&(a.attrs=[["start",f]])):a=n.push("bullet_list_open","ul",1);const m=[l,0];a.map=m,a.markup=String.fromCharCode(p);let g=!1;const v=n.md.block.ruler.getRules("list"),M=n.parentType;for(n.parentType="list";l<t;){r=d,s=n.eMarks[l];const y=n.sCount[l]+d-(n.bMarks[l]+n.tShift[l]);let T=y;for(;r<s;){const z=n.src.charCodeAt(r);if(z===9)T+=4-(T+n.bsCount[l])%4;else if(z===32)T++;else break;r++}const b=r;let _;b>=s?_=1:_=T-y,_>4&&(_=1);const E=y+_;a=n.push("list_item_open","li",1),a.markup=String.fromCharCode(p);const U=[l,0];a.map=U,h&&(a.info=n.src.slice(o,d-1));const I=n.tight,D=n.tShift[l],O=n.sCount[l],W=n.listIndent;if(n.listIndent=n.blkIndent,n.blkIndent=E,n.tight=!0,n.tShift[l]=b-n.bMarks[l],n.sCount[l]=T,b>=s&&n.isEmpty(l+1)?n.line=Math.min(n.line+2,t):n.md.block.tokenize(n,l,t),(!n.tight||g)&&(c=!1),g=n.line-l>1&&n.isEmpty(n.line-1),n.blkIndent=n.listIndent,n.listIndent=W,n.tShift[l]=D,n.sCount[l]=O,n.tight=I,a=n.push("list_item_close","li",-1),a.markup=String.fromCharCode(p),l=n.line,U[1]=l,l>=t||n.sCount[l]<n.blkIndent||n.sCount[l]-n.blkIndent>=4)break;let N=!1;for(let z=0,$=v.length;z<$;z++)if(v[z](n,l,t,!0)){N=!0;break}if(N)break;if(h){if(d=i_(n,l),d<0)break;o=n.bMarks[l]+n.tShift[l]}else if(d=n_(n,l),d<0)break;if(p!==n.src.charCodeAt(d-1))break}return h?a=n.push("ordered_list_close","ol",-1):a=n.push("bullet_list_close","ul",-1),a.markup=String.fromCharCode(p),m[1]=l,n.line=l,n.parentType=M,c&&RL(n,x),!0}var wh=999;function DL(n){let e=n.length;for(let t=0;t<n.length-1;t++){const i=n.charCodeAt(t);if(i<55296||i>56319)continue;const s=n.charCodeAt(t+1);s>=56320&&s<=57343&&(e--,t++)}return e}function La(n,e){return Math.min(n.eMarks[e]+1,n.src.length)}function dc(n,e){const t=n.lineMax;if(e>=t||n.isEmpty(e))return-1;let i=!1;if(n.sCount[e]-n.blkIndent>3&&(i=!0),n.sCount[e]<0&&(i=!0),!i){const s=n.md.block.ruler.getRules("reference"),r=n.parentType;n.parentType="reference";let o=!1;for(let a=0,l=s.length;a<l;a++)if(s[a](n,e,t,!0)){o=!0;break}if(n.parentType=r,o)return-1}return n.bMarks[e]+n.tShift[e]}function LL(n,e,t,i){const s=n.src;let r=n.bMarks[e]+n.tShift[e],o=e+1;if(n.sCount[e]-n.blkIndent>=4||s.charCodeAt(r)!==91)return!1;let a=La(n,e),l="",c=-1,u=++r;for(;r<a;){if(l.length+r-u>wh*2)return!1;let b=s.charCodeAt(r);if(b===91)return!1;if(b===93){c=r;break}if(b===92&&(b=s.charCodeAt(++r)),b===10&&r<a){const _=dc(n,o);if(_<0)return!1;l+=s.slice(u,a),r=u=_,a=La(n,o++);continue}r++}if(c<0||s.charCodeAt(c+1)!==58||(l+=s.slice(u,c),l.length>wh&&DL(l)>wh))return!1;for(r=c+2;r<a;){const b=s.charCodeAt(r);if(b===10){const _=dc(n,o);if(_<0)break;r=_,a=La(n,o++)}else if(on(b))r++;else break}const h=n.md.helpers.parseLinkDestination(s,r,a);if(!h.ok)return!1;const f=n.md.normalizeLink(h.str);if(!n.md.validateLink(f))return!1;r=h.pos;const d=r,p=a,x=o;for(;r<a;){const b=s.charCodeAt(r);if(b===10){const _=dc(n,o);if(_<0)break;r=_,a=La(n,o++)}else if(on(b))r++;else break}const m=r;let g=n.md.helpers.parseLinkTitle(s,r,a);for(;g.can_continue;){const b=dc(n,o);if(b<0)break;r=b,a=La(n,o++),g=n.md.helpers.parseLinkTitle(s,r,a,g)}let v;for(m!==d&&g.ok?(v=g.str,r=g.pos):(v="",r=d,a=p,o=x);r<a&&on(s.charCodeAt(r));)r++;if(r<a&&s.charCodeAt(r)!==10&&v)for(v="",r=d,a=p,o=x;r<a&&on(s.charCodeAt(r));)r++;if(r<a&&s.charCodeAt(r)!==10)return!1;const M=ou(l);if(!M)return!1;if(i)return!0;typeof n.env.references>"u"&&(n.env.references={}),typeof n.env.references[M]>"u"&&(n.env.references[M]={title:v,href:f});const y=n.push("reference_definition","",0);y.map=[e,o],y.hidden=!0;const T=Object.create(null);return T.label=M,y.meta=T,n.line=o,!0}var PL=["address","article","aside","base","basefont","blockquote","body","caption","center","col","colgroup","dd","details","dialog","dir","div","dl","dt","fieldset","figcaption","figure","footer","form","frame","frameset","h1","h2","h3","h4","h5","h6","head","header","hr","html","iframe","legend","li","link","main","menu","menuitem","nav","noframes","ol","optgroup","option","p","param","search","section","summary","table","tbody","td","tfoot","th","thead","title","tr","track","ul"],IL=`<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`,NL="<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>",Ux=new RegExp(`^(?:${IL}|${NL})`),qr=[[/^<(script|pre|style|textarea)(?=(\s|>|$))/i,/<\/(script|pre|style|textarea)>/i,!0],[/^<!--/,/-->/,!0],[/^<\?/,/\?>/,!0],[/^<![A-Za-z]/,/>/,!0],[/^<!\[CDATA\[/,/\]\]>/,!0],[new RegExp(`^</?(${PL.join("|")})(?=(\\s|/?>|$))`,"i"),/^$/,!0],[new RegExp(`${Ux.source}\\s*$`),/^$/,!1]];function FL(n,e,t,i){let s=n.bMarks[e]+n.tShift[e],r=n.eMarks[e];if(n.sCount[e]-n.blkIndent>=4||!n.md.options.html||n.src.charCodeAt(s)!==60)return!1;let o=n.src.slice(s,r),a=0;for(;a<qr.length&&!qr[a][0].test(o);a++);if(a===qr.length)return!1;if(i)return qr[a][2];let l=e+1;const c=qr[a][1].test("");if(!qr[a][1].test(o)){for(;l<t&&!(n.sCount[l]<n.blkIndent&&(c||!n.isEmpty(l)));l++)if(s=n.bMarks[l]+n.tShift[l],r=n.eMarks[l],o=n.src.slice(s,r),qr[a][1].test(o)){o.length!==0&&l++;break}}n.line=l;const u=n.push("html_block","",0);return u.map=[e,l],u.content=n.getLines(e,l,n.blkIndent,!0),!0}function UL(n,e,t,i){let s=n.bMarks[e]+n.tShift[e],r=n.eMarks[e];if(n.sCount[e]-n.blkIndent>=4)return!1;let o=n.src.charCodeAt(s);if(o!==35||s>=r)return!1;let a=1;for(o=n.src.charCodeAt(++s);o===35&&s<r&&a<=6;)a++,o=n.src.charCodeAt(++s);if(a>6||s<r&&!on(o))return!1;if(i)return!0;r=n.skipSpacesBack(r,s);const l=n.skipCharsBack(r,35,s);l>s&&on(n.src.charCodeAt(l-1))&&(r=l),n.line=e+1;const c=n.push("heading_open",`h${a}`,1);c.markup="########".slice(0,a),c.map=[e,n.line];const u=n.push("inline","",0);u.content=au(n.src.slice(s,r)),u.map=[e,n.line],u.children=[];const h=n.push("heading_close",`h${a}`,-1);return h.markup="########".slice(0,a),!0}function OL(n,e,t){const i=n.md.block.ruler.getRules("paragraph");if(n.sCount[e]-n.blkIndent>=4)return!1;const s=n.parentType;n.parentType="paragraph";let r=0,o,a=e+1;for(;a<t&&!n.isEmpty(a);a++){if(n.sCount[a]-n.blkIndent>3)continue;if(n.sCount[a]>=n.blkIndent){let d=n.bMarks[a]+n.tShift[a];const p=n.eMarks[a];if(d<p&&(o=n.src.charCodeAt(d),(o===45||o===61)&&(d=n.skipChars(d,o),d=n.skipSpaces(d),d>=p))){r=o===61?1:2;break}}if(n.sCount[a]<0)continue;let f=!1;for(let d=0,p=i.length;d<p;d++)if(i[d](n,a,t,!0)){f=!0;break}if(f)break}if(!r)return n.parentType=s,!1;const l=au(n.getLines(e,a,n.blkIndent,!1));n.line=a+1;const c=n.push("heading_open",`h${r}`,1);c.markup=String.fromCharCode(o),c.map=[e,n.line];const u=n.push("inline","",0);u.content=l,u.map=[e,n.line-1],u.children=[];const h=n.push("heading_close",`h${r}`,-1);return h.markup=String.fromCharCode(o),n.parentType=s,!0}function kL(n,e,t){const i=n.md.block.ruler.getRules("paragraph"),s=n.parentType;let r=e+1;for(n.parentType="paragraph";r<t&&!n.isEmpty(r);r++){if(n.sCount[r]-n.blkIndent>3||n.sCount[r]<0)continue;let c=!1;for(let u=0,h=i.length;u<h;u++)if(i[u](n,r,t,!0)){c=!0;break}if(c)break}const o=au(n.getLines(e,r,n.blkIndent,!1));n.line=r;const a=n.push("paragraph_open","p",1);a.map=[e,n.line];const l=n.push("inline","",0);return l.content=o,l.map=[e,n.line],l.children=[],n.push("paragraph_close","p",-1),n.parentType=s,!0}var pc=[["table",ML,["paragraph","reference"]],["code",EL],["fence",wL,["paragraph","reference","blockquote","list"]],["blockquote",TL,["paragraph","reference","blockquote","list"]],["hr",AL,["paragraph","reference","blockquote","list"]],["list",CL,["paragraph","reference","blockquote"]],["reference",LL],["html_block",FL,["paragraph","reference","blockquote"]],["heading",UL,["paragraph","reference","blockquote"]],["lheading",OL],["paragraph",kL]],Ox=class{constructor(){Je(this,"ruler",new ml),Je(this,"State",Fx);for(let n=0;n<pc.length;n++)this.ruler.push(pc[n][0],pc[n][1],{alt:(pc[n][2]||[]).slice()})}tokenize(n,e,t){const i=this.ruler.getRules(""),s=i.length,r=n.md.options.maxNesting;let o=e,a=!1;for(;o<t&&(n.line=o=n.skipEmptyLines(o),!(o>=t||n.sCount[o]<n.blkIndent));){if(n.level>=r){n.line=t;break}const l=n.line;let c=!1;for(let u=0;u<s;u++)if(c=i[u](n,o,t,!1),c){if(l>=n.line)throw new Error("block rule didn't increment state.line");break}if(!c)throw new Error("none of the block rules matched");n.tight=!a,n.isEmpty(n.line-1)&&(a=!0),o=n.line,o<t&&n.isEmpty(o)&&(a=!0,o++,n.line=o)}}parse(n,e,t,i){if(!n)return;const s=new this.State(n,e,t,i);this.tokenize(s,s.line,s.lineMax)}},kx=class{constructor(n,e,t,i){Je(this,"pos",0),Je(this,"level",0),Je(this,"pending",""),Je(this,"pendingLevel",0),Je(this,"cache",{}),Je(this,"backticks",{}),Je(this,"backticksScanned",!1),Je(this,"skipHtmlSpecial",!1),Je(this,"linkLevel",0),Je(this,"delimiters",[]),Je(this,"_prev_delimiters",[]),Je(this,"Token",Qr),this.src=n,this.env=t,this.md=e,this.tokens=i,this.tokens_meta=Array(i.length),this.posMax=this.src.length}pushPending(){const n=new Qr("text","",0);return n.content=this.pending,n.level=this.pendingLevel,this.tokens.push(n),this.pending="",n}push(n,e,t){this.pending&&this.pushPending();const i=new Qr(n,e,t);let s;return t<0&&(this.level--,this.delimiters=this._prev_delimiters.pop()),i.level=this.level,t>0&&(this.level++,this._prev_delimiters.push(this.delimiters),this.delimiters=[],s={delimiters:this.delimiters}),this.pendingLevel=this.level,this.tokens.push(i),this.tokens_meta.push(s),i}scanDelims(n,e){const t=this.posMax,i=this.src.charCodeAt(n);let s;if(n===0)s=32;else if(n===1)s=this.src.charCodeAt(0),(s&63488)===55296&&(s=65533);else if(s=this.src.charCodeAt(n-1),(s&64512)===56320){const p=this.src.charCodeAt(n-2);s=(p&64512)===55296?65536+(p-55296<<10)+(s-56320):65533}else(s&64512)===55296&&(s=65533);let r=n;for(;r<t&&this.src.charCodeAt(r)===i;)r++;const o=r-n;let a=r<t?this.src.charCodeAt(r):32;if((a&64512)===55296){const p=this.src.charCodeAt(r+1);a=(p&64512)===56320?65536+(a-55296<<10)+(p-56320):65533}else(a&64512)===56320&&(a=65533);const l=dl(s)||fl(s),c=dl(a)||fl(a),u=hl(s),h=hl(a),f=!h&&(!c||u||l),d=!u&&(!l||h||c);return{can_open:f&&(e||!d||l),can_close:d&&(e||!f||c),length:o}}};function BL(n){switch(n){case 10:case 33:case 35:case 36:case 37:case 38:case 42:case 43:case 45:case 58:case 60:case 61:case 62:case 64:case 91:case 92:case 93:case 94:case 95:case 96:case 123:case 125:case 126:return!0;default:return!1}}function zL(n,e){let t=n.pos;for(;t<n.posMax&&!BL(n.src.charCodeAt(t));)t++;return t===n.pos?!1:(e||(n.pending+=n.src.slice(n.pos,t)),n.pos=t,!0)}function HL(n){return n>=65&&n<=90||n>=97&&n<=122}function VL(n){return n>=65&&n<=90||n>=97&&n<=122||n>=48&&n<=57||n===43||n===45||n===46}function GL(n,e){if(!n.md.options.linkify||n.linkLevel>0)return!1;const t=n.pos,i=n.posMax;if(t+3>i||n.src.charCodeAt(t)!==58||n.src.charCodeAt(t+1)!==47||n.src.charCodeAt(t+2)!==47)return!1;const s=t-Math.min(10,n.pending.length,t);let r=t;for(;r>s&&VL(n.src.charCodeAt(r-1));)r--;if(r===t||!HL(n.src.charCodeAt(r)))return!1;const o=t-r,a=n.md.linkify.matchAtStart(n.src.slice(r));if(!a)return!1;let l=a.url;if(l.length<=o)return!1;let c=l.length;for(;c>0&&l.charCodeAt(c-1)===42;)c--;c!==l.length&&(l=l.slice(0,c));const u=n.md.normalizeLink(l);if(!n.md.validateLink(u))return!1;if(!e){n.pending=n.pending.slice(0,-o);const h=n.push("link_open","a",1);h.attrs=[["href",u]],h.markup="linkify",h.info="auto";const f=n.push("text","",0);f.content=n.md.normalizeLinkText(l);const d=n.push("link_close","a",-1);d.markup="linkify",d.info="auto"}return n.pos+=l.length-o,!0}function WL(n,e){let t=n.pos;if(n.src.charCodeAt(t)!==10)return!1;const i=n.pending.length-1,s=n.posMax;if(!e)if(i>=0&&n.pending.charCodeAt(i)===32)if(i>=1&&n.pending.charCodeAt(i-1)===32){let r=i-1;for(;r>=1&&n.pending.charCodeAt(r-1)===32;)r--;n.pending=n.pending.slice(0,r),n.push("hardbreak","br",0)}else n.pending=n.pending.slice(0,-1),n.push("softbreak","br",0);else n.push("softbreak","br",0);for(t++;t<s&&on(n.src.charCodeAt(t));)t++;return n.pos=t,!0}var Cd=[];for(let n=0;n<256;n++)Cd.push(0);"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(n){Cd[n.charCodeAt(0)]=1});function XL(n,e){let t=n.pos;const i=n.posMax;if(n.src.charCodeAt(t)!==92||(t++,t>=i))return!1;let s=n.src.charCodeAt(t);if(s===10){for(e||n.push("hardbreak","br",0),t++;t<i&&(s=n.src.charCodeAt(t),!!on(s));)t++;return n.pos=t,!0}if(s===32){if(!e){const a=n.push("text_special","",0);a.content="\\",a.markup="\\",a.info="escape"}return n.pos=t,!0}let r=n.src[t];if(s>=55296&&s<=56319&&t+1<i){const a=n.src.charCodeAt(t+1);a>=56320&&a<=57343&&(r+=n.src[t+1],t++)}const o="\\"+r;if(!e){const a=n.push("text_special","",0);s<256&&Cd[s]!==0?a.content=r:a.content=o,a.markup=o,a.info="escape"}return n.pos=t+1,!0}function qL(n){const e={};let t=0;for(;(t=n.indexOf("`",t))!==-1;){const i=t;for(;n.charCodeAt(++t)===96;);e[t-i]=i}return e}function YL(n,e){var t;const i=n.pos;if(n.src.charCodeAt(i)!==96)return!1;const s=n.posMax;let r=i+1;for(;r<s&&n.src.charCodeAt(r)===96;)r++;const o=n.src.slice(i,r),a=o.length;if(n.backticksScanned||(n.backticks=qL(n.src),n.backticksScanned=!0),((t=n.backticks[a])!==null&&t!==void 0?t:-1)>=r){let l=r,c;for(;(c=n.src.indexOf("`",l))!==-1&&c<s;){for(l=c+1;n.src.charCodeAt(l)===96;)l++;if(l>s)break;if(l-c===a){if(!e){const u=n.push("code_inline","code",0);u.markup=o;let h=n.src.slice(r,c).replace(/\n/g," ");h.startsWith(" ")&&h.endsWith(" ")&&/[^ ]/.test(h)&&(h=h.slice(1,-1)),u.content=h}return n.pos=l,!0}}}return e||(n.pending+=o),n.pos=r,!0}function $L(n,e){const t=n.pos,i=n.src.charCodeAt(t);if(e||i!==126)return!1;const s=n.scanDelims(n.pos,!0);let r=s.length;const o=String.fromCharCode(i);if(r<2)return!1;let a;r%2&&(a=n.push("text","",0),a.content=o,r--);for(let l=0;l<r;l+=2)a=n.push("text","",0),a.content=o+o,n.delimiters.push({marker:i,length:0,token:n.tokens.length-1,end:-1,open:s.can_open,close:s.can_close});return n.pos+=s.length,!0}function s_(n,e){let t;const i=[],s=e.length;for(let r=0;r<s;r++){const o=e[r];if(o.marker!==126||o.end===-1)continue;const a=e[o.end];t=n.tokens[o.token],t.type="s_open",t.tag="s",t.nesting=1,t.markup="~~",t.content="",t=n.tokens[a.token],t.type="s_close",t.tag="s",t.nesting=-1,t.markup="~~",t.content="",n.tokens[a.token-1].type==="text"&&n.tokens[a.token-1].content==="~"&&i.push(a.token-1)}for(;i.length;){const r=i.pop();let o=r+1;for(;o<n.tokens.length&&n.tokens[o].type==="s_close";)o++;o--,r!==o&&(t=n.tokens[o],n.tokens[o]=n.tokens[r],n.tokens[r]=t)}}function KL(n){const e=n.tokens_meta,t=n.tokens_meta.length;s_(n,n.delimiters);for(let s=0;s<t;s++){var i;const r=(i=e[s])===null||i===void 0?void 0:i.delimiters;r&&s_(n,r)}}var Bx={tokenize:$L,postProcess:KL};function jL(n,e){const t=n.pos,i=n.src.charCodeAt(t);if(e||i!==95&&i!==42)return!1;const s=n.scanDelims(n.pos,i===42);for(let r=0;r<s.length;r++){const o=n.push("text","",0);o.content=String.fromCharCode(i),n.delimiters.push({marker:i,length:s.length,token:n.tokens.length-1,end:-1,open:s.can_open,close:s.can_close})}return n.pos+=s.length,!0}function r_(n,e){const t=e.length;for(let i=t-1;i>=0;i--){const s=e[i];if(s.marker!==95&&s.marker!==42||s.end===-1)continue;const r=e[s.end],o=i>0&&e[i-1].end===s.end+1&&e[i-1].marker===s.marker&&e[i-1].token===s.token-1&&e[s.end+1].token===r.token+1,a=String.fromCharCode(s.marker),l=n.tokens[s.token];l.type=o?"strong_open":"em_open",l.tag=o?"strong":"em",l.nesting=1,l.markup=o?a+a:a,l.content="";const c=n.tokens[r.token];c.type=o?"strong_close":"em_close",c.tag=o?"strong":"em",c.nesting=-1,c.markup=o?a+a:a,c.content="",o&&(n.tokens[e[i-1].token].content="",n.tokens[e[s.end+1].token].content="",i--)}}function JL(n){const e=n.tokens_meta,t=n.tokens_meta.length;r_(n,n.delimiters);for(let s=0;s<t;s++){var i;const r=(i=e[s])===null||i===void 0?void 0:i.delimiters;r&&r_(n,r)}}var zx={tokenize:jL,postProcess:JL};function ZL(n,e){let t,i,s,r,o="",a="",l=n.pos,c=!0;if(n.src.charCodeAt(n.pos)!==91)return!1;const u=n.pos,h=n.posMax,f=n.pos+1,d=n.md.helpers.parseLinkLabel(n,n.pos,!0);if(d<0)return!1;let p=d+1;if(p<h&&n.src.charCodeAt(p)===40){for(c=!1,p++;p<h&&(t=n.src.charCodeAt(p),!(!on(t)&&t!==10));p++);if(p>=h)return!1;if(l=p,s=n.md.helpers.parseLinkDestination(n.src,p,n.posMax),s.ok){for(o=n.md.normalizeLink(s.str),n.md.validateLink(o)?p=s.pos:o="",l=p;p<h&&(t=n.src.charCodeAt(p),!(!on(t)&&t!==10));p++);if(s=n.md.helpers.parseLinkTitle(n.src,p,n.posMax),p<h&&l!==p&&s.ok)for(a=s.str,p=s.pos;p<h&&(t=n.src.charCodeAt(p),!(!on(t)&&t!==10));p++);}(p>=h||n.src.charCodeAt(p)!==41)&&(c=!0),p++}if(c){if(typeof n.env.references>"u")return!1;if(p<h&&n.src.charCodeAt(p)===91?(l=p+1,p=n.md.helpers.parseLinkLabel(n,p),p>=0?i=n.src.slice(l,p++):p=d+1):p=d+1,i||(i=n.src.slice(f,d)),i=ou(i),r=n.env.references[i],!r)return n.pos=u,!1;o=r.href,a=r.title}if(!e){n.pos=f,n.posMax=d;const x=n.push("link_open","a",1),m=[["href",o]];if(x.attrs=m,a&&m.push(["title",a]),i){const g=Object.create(null);g.label=i,x.meta=g}n.linkLevel++,n.md.inline.tokenize(n),n.linkLevel--,n.push("link_close","a",-1)}return n.pos=p,n.posMax=h,!0}function QL(n,e){let t,i,s,r,o,a,l,c,u="";const h=n.pos,f=n.posMax;if(n.src.charCodeAt(n.pos)!==33||n.src.charCodeAt(n.pos+1)!==91)return!1;const d=n.pos+2,p=n.md.helpers.parseLinkLabel(n,n.pos+1,!1);if(p<0)return!1;if(r=p+1,r<f&&n.src.charCodeAt(r)===40){for(r++;r<f&&(t=n.src.charCodeAt(r),!(!on(t)&&t!==10));r++);if(r>=f)return!1;for(c=r,a=n.md.helpers.parseLinkDestination(n.src,r,n.posMax),a.ok&&(u=n.md.normalizeLink(a.str),n.md.validateLink(u)?r=a.pos:u=""),c=r;r<f&&(t=n.src.charCodeAt(r),!(!on(t)&&t!==10));r++);if(a=n.md.helpers.parseLinkTitle(n.src,r,n.posMax),r<f&&c!==r&&a.ok)for(l=a.str,r=a.pos;r<f&&(t=n.src.charCodeAt(r),!(!on(t)&&t!==10));r++);else l="";if(r>=f||n.src.charCodeAt(r)!==41)return n.pos=h,!1;r++}else{if(typeof n.env.references>"u")return!1;if(r<f&&n.src.charCodeAt(r)===91?(c=r+1,r=n.md.helpers.parseLinkLabel(n,r),r>=0?s=n.src.slice(c,r++):r=p+1):r=p+1,s||(s=n.src.slice(d,p)),s=ou(s),o=n.env.references[s],!o)return n.pos=h,!1;u=o.href,l=o.title}if(!e){i=n.src.slice(d,p);const x=[];n.md.inline.parse(i,n.md,n.env,x);const m=n.push("image","img",0),g=[["src",u],["alt",""]];if(m.attrs=g,m.children=x,m.content=i,l&&g.push(["title",l]),s){const v=Object.create(null);v.label=s,m.meta=v}}return n.pos=r,n.posMax=f,!0}var eP=/^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/,tP=/^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;function nP(n,e){let t=n.pos;if(n.src.charCodeAt(t)!==60)return!1;const i=n.pos,s=n.posMax;for(;;){if(++t>=s)return!1;const o=n.src.charCodeAt(t);if(o===60)return!1;if(o===62)break}const r=n.src.slice(i+1,t);if(tP.test(r)){const o=n.md.normalizeLink(r);if(!n.md.validateLink(o))return!1;if(!e){const a=n.push("link_open","a",1);a.attrs=[["href",o]],a.markup="autolink",a.info="auto";const l=n.push("text","",0);l.content=n.md.normalizeLinkText(r);const c=n.push("link_close","a",-1);c.markup="autolink",c.info="auto"}return n.pos+=r.length+2,!0}if(eP.test(r)){const o=n.md.normalizeLink(`mailto:${r}`);if(!n.md.validateLink(o))return!1;if(!e){const a=n.push("link_open","a",1);a.attrs=[["href",o]],a.markup="autolink",a.info="auto";const l=n.push("text","",0);l.content=n.md.normalizeLinkText(r);const c=n.push("link_close","a",-1);c.markup="autolink",c.info="auto"}return n.pos+=r.length+2,!0}return!1}function iP(n){return/^<a[>\s]/i.test(n)}function sP(n){return/^<\/a\s*>/i.test(n)}function Hx(n){const e=n|32;return e>=97&&e<=122}function rP(n,e){const t=n.src;let i,s;if(t.startsWith("<!--",e)){if(t.startsWith(">",e+4))return e+5;if(t.startsWith("->",e+4))return e+6;i=e+4,s="-->"}else if(t.startsWith("<![CDATA[",e))i=e+9,s="]]>";else if(t.charCodeAt(e+1)===63)i=e+2,s="?>";else if(Hx(t.charCodeAt(e+2)))i=e+3,s=">";else return-1;if(n.skipHtmlSpecial)return-1;const r=t.indexOf(s,i);return r<0?(n.skipHtmlSpecial=!0,-1):r+s.length}function oP(n,e){if(!n.md.options.html)return!1;const t=n.posMax,i=n.pos;if(n.src.charCodeAt(i)!==60||i+2>=t)return!1;let s;const r=n.src.charCodeAt(i+1);if(r===33||r===63)s=rP(n,i);else if(r===47||Hx(r)){const o=n.src.slice(i).match(Ux);s=o?i+o[0].length:-1}else return!1;if(s<0)return!1;if(!e){const o=n.push("html_inline","",0);o.content=n.src.slice(i,s),iP(o.content)&&n.linkLevel++,sP(o.content)&&n.linkLevel--}return n.pos=s,!0}var aP=/^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i,lP=/^&([a-z][a-z0-9]{1,31});/i;function cP(n,e){const t=n.pos,i=n.posMax;if(n.src.charCodeAt(t)!==38||t+1>=i)return!1;if(n.src.charCodeAt(t+1)===35){const s=n.src.slice(t).match(aP);if(s){if(!e){const r=s[1][0].toLowerCase()==="x"?parseInt(s[1].slice(1),16):parseInt(s[1],10),o=n.push("text_special","",0);o.content=Rd(r)?ul(r):ul(65533),o.markup=s[0],o.info="entity"}return n.pos+=s[0].length,!0}}else{const s=n.src.slice(t).match(lP);if(s){const r=xx(s[0]);if(r!==s[0]){if(!e){const o=n.push("text_special","",0);o.content=r,o.markup=s[0],o.info="entity"}return n.pos+=s[0].length,!0}}}return!1}function o_(n){const e={},t=n.length;if(!t)return;let i=0,s=-2;const r=[];for(let o=0;o<t;o++){const a=n[o];if(r.push(0),(n[i].marker!==a.marker||s!==a.token-1)&&(i=o),s=a.token,a.length=a.length||0,!a.close)continue;e.hasOwnProperty(a.marker)||(e[a.marker]=[-1,-1,-1,-1,-1,-1]);const l=e[a.marker][(a.open?3:0)+a.length%3];let c=i-r[i]-1,u=c;for(;c>l;c-=r[c]+1){const h=n[c];if(h.marker===a.marker&&h.open&&h.end<0){let f=!1;if((h.close||a.open)&&(h.length+a.length)%3===0&&(h.length%3!==0||a.length%3!==0)&&(f=!0),!f){const d=c>0&&!n[c-1].open?r[c-1]+1:0;r[o]=o-c+d,r[c]=d,a.open=!1,h.end=o,h.close=!1,u=-1,s=-2;break}}}u!==-1&&(e[a.marker][(a.open?3:0)+(a.length||0)%3]=u)}}function uP(n){const e=n.tokens_meta,t=n.tokens_meta.length;o_(n.delimiters);for(let s=0;s<t;s++){var i;const r=(i=e[s])===null||i===void 0?void 0:i.delimiters;r&&o_(r)}}function hP(n){let e,t,i=0;const s=n.tokens,r=n.tokens.length;for(e=t=0;e<r;e++)s[e].nesting<0&&i--,s[e].level=i,s[e].nesting>0&&i++,s[e].type==="text"&&e+1<r&&s[e+1].type==="text"?s[e+1].content=s[e].content+s[e+1].content:(e!==t&&(s[t]=s[e]),t++);e!==t&&(s.length=t)}var Th=[["text",zL],["linkify",GL],["newline",WL],["escape",XL],["backticks",YL],["strikethrough",Bx.tokenize],["emphasis",zx.tokenize],["link",ZL],["image",QL],["autolink",nP],["html_inline",oP],["entity",cP]],Ah=[["balance_pairs",uP],["strikethrough",Bx.postProcess],["emphasis",zx.postProcess],["fragments_join",hP]],Vx=class{constructor(){Je(this,"ruler",new ml),Je(this,"ruler2",new ml),Je(this,"State",kx);for(let n=0;n<Th.length;n++)this.ruler.push(Th[n][0],Th[n][1]);for(let n=0;n<Ah.length;n++)this.ruler2.push(Ah[n][0],Ah[n][1])}skipToken(n){const e=n.pos,t=this.ruler.getRules(""),i=t.length,s=n.md.options.maxNesting,r=n.cache;if(typeof r[e]<"u"){n.pos=r[e];return}let o=!1;if(n.level<s){for(let a=0;a<i;a++)if(n.level++,o=t[a](n,!0),n.level--,o){if(e>=n.pos)throw new Error("inline rule didn't increment state.pos");break}}else n.pos=n.posMax;o||n.pos++,r[e]=n.pos}tokenize(n){const e=this.ruler.getRules(""),t=e.length,i=n.posMax,s=n.md.options.maxNesting;for(;n.pos<i;){const r=n.pos;let o=!1;if(n.level<s){for(let a=0;a<t;a++)if(o=e[a](n,!1),o){if(r>=n.pos)throw new Error("inline rule didn't increment state.pos");break}}if(o){if(n.pos>=i)break;continue}n.pending+=n.src[n.pos++]}n.pending&&n.pushPending()}parse(n,e,t,i){const s=new this.State(n,e,t,i);this.tokenize(s);const r=this.ruler2.getRules(""),o=r.length;for(let a=0;a<o;a++)r[a](s)}},fP={default:{options:{html:!1,xhtmlOut:!1,breaks:!1,langPrefix:"language-",linkify:!1,typographer:!1,quotes:"“”‘’",highlight:null,maxNesting:100},components:{core:{},block:{},inline:{}}},zero:{options:{html:!1,xhtmlOut:!1,breaks:!1,langPrefix:"language-",linkify:!1,typographer:!1,quotes:"“”‘’",highlight:null,maxNesting:20},components:{core:{rules:["normalize","block","strip_references","inline","text_join"]},block:{rules:["paragraph"]},inline:{rules:["text"],rules2:["balance_pairs","fragments_join"]}}},commonmark:{options:{html:!0,xhtmlOut:!0,breaks:!1,langPrefix:"language-",linkify:!1,typographer:!1,quotes:"“”‘’",highlight:null,maxNesting:20},components:{core:{rules:["normalize","block","strip_references","inline","text_join"]},block:{rules:["blockquote","code","fence","heading","hr","html_block","lheading","list","reference","paragraph"]},inline:{rules:["autolink","backticks","emphasis","entity","escape","html_inline","image","link","newline","text"],rules2:["balance_pairs","emphasis","fragments_join"]}}}},dP=/^(vbscript|javascript|file|data):/,pP=/^data:image\/(gif|png|jpeg|webp);/,a_=["http:","https:","mailto:"],zs=class{validateLink(n){const e=n.trim().toLowerCase();return dP.test(e)?pP.test(e):!0}normalizeLink(n){const e=kf(n,!0);if(e.hostname&&(!e.protocol||a_.indexOf(e.protocol)>=0))try{e.hostname=Kg.toASCII(e.hostname)}catch{}return e.auth&&(e.auth=Qs(e.auth)),e.hostname&&(e.hostname=Qs(e.hostname)),e.pathname&&(e.pathname=Qs(e.pathname)),e.search&&(e.search=Qs(e.search)),e.hash&&(e.hash=Qs(e.hash)),Of(e)}normalizeLinkText(n){const e=kf(n,!0);if(e.hostname&&(!e.protocol||a_.indexOf(e.protocol)>=0))try{e.hostname=Kg.toUnicode(e.hostname)}catch{}return Zo(Of(e),Zo.defaultChars+"%")}constructor(...n){Je(this,"inline",new Vx),Je(this,"block",new Ox),Je(this,"core",new Nx),Je(this,"renderer",new Lx),Je(this,"linkify",new bD),Je(this,"utils",ND),Je(this,"helpers",Object.assign({},jD));const[e,t]=n;typeof e=="string"?(this.configure(e),t&&this.set(t)):(this.configure("default"),this.set(e||{}))}set(n){return Object.assign(this.options,n),this}configure(n){let e;if(typeof n=="string"){const s=n;if(e=fP[s],!e)throw new Error(`Wrong 'markdown-it' preset "${s}", check name`)}else e=n;if(!e)throw new Error("Wrong `markdown-it` preset, can't be empty");e.options&&(this.options={...e.options});const t=e.components;if(t){var i;["core","block","inline"].forEach(r=>{var o;const a=(o=t[r])===null||o===void 0?void 0:o.rules;a&&this[r].ruler.enableOnly(a)});const s=(i=t.inline)===null||i===void 0?void 0:i.rules2;s&&this.inline.ruler2.enableOnly(s)}return this}enable(n,e=!1){let t=[];Array.isArray(n)||(n=[n]),["core","block","inline"].forEach(s=>{t=t.concat(this[s].ruler.enable(n,!0))}),t=t.concat(this.inline.ruler2.enable(n,!0));const i=n.filter(s=>t.indexOf(s)<0);if(i.length&&!e)throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${i}`);return this}disable(n,e=!1){let t=[];Array.isArray(n)||(n=[n]),["core","block","inline"].forEach(s=>{t=t.concat(this[s].ruler.disable(n,!0))}),t=t.concat(this.inline.ruler2.disable(n,!0));const i=n.filter(s=>t.indexOf(s)<0);if(i.length&&!e)throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${i}`);return this}use(n,...e){return n.apply(n,[this,...e]),this}parse(n,e){if(typeof n!="string")throw new Error("Input data should be a String");const t=new this.core.State(n,this,e);return this.core.process(t),t.tokens}render(n,e={}){return this.renderer.render(this.parse(n,e),this.options,e)}parseInline(n,e){const t=new this.core.State(n,this,e);return t.inlineMode=!0,this.core.process(t),t.tokens}renderInline(n,e={}){return this.renderer.render(this.parseInline(n,e),this.options,e)}};Je(zs,"Token",Qr);Je(zs,"Ruler",ml);Je(zs,"Renderer",Lx);Je(zs,"ParserCore",Nx);Je(zs,"StateCore",Px);Je(zs,"ParserBlock",Ox);Je(zs,"StateBlock",Fx);Je(zs,"ParserInline",Vx);Je(zs,"StateInline",kx);var mP=Rx(zs);const gP=new mP({html:!1,linkify:!0,typographer:!1});hx.addHook("afterSanitizeAttributes",n=>{n.tagName==="A"&&(n.setAttribute("target","_blank"),n.setAttribute("rel","noopener noreferrer")),n.tagName==="IMG"&&((n.getAttribute("src")??"").startsWith("data:image/")||n.removeAttribute("src"))});function _P(n){const e=gP.render(n);return hx.sanitize(e,{RETURN_DOM_FRAGMENT:!0,FORBID_TAGS:["style","form","input","button","iframe","object","embed"],FORBID_ATTR:["style"]})}class xP{constructor(e,t){this.ctx=t,e.append(this.root)}ctx;root=ne("div","text-doc");update(e){const t=e,i=[];for(const s of t.documents)if(t.documents.length>1&&i.push(ne("h4","",s.entity)),s.media_type.toLowerCase()==="text/markdown"){const o=ne("div",{class:"markdown","data-entity-path":s.entity});o.append(_P(s.text)),i.push(o)}else i.push(ne("pre",{"data-entity-path":s.entity},s.text));i.length||i.push(Rc("No text document at this time")),this.root.replaceChildren(...i),this.ctx.rendered()}resize(){}dispose(){this.root.remove()}}const vP={kind:"TextDocument",label:"Text document",create:(n,e)=>new xP(n,e)};class yP{constructor(e,t){this.ctx=t;const i=ne("table","data",ne("thead","",ne("tr","",ne("th","","time"),ne("th","","entity"),ne("th","","level"),ne("th","","body"))),this.tbody);this.wrap.append(i),e.append(this.wrap),this.wrap.addEventListener("scroll",()=>{this.stickToBottom=this.wrap.scrollTop+this.wrap.clientHeight>=this.wrap.scrollHeight-4})}ctx;wrap=ne("div","table-wrap");tbody=ne("tbody");stickToBottom=!0;update(e){const t=e,i=this.ctx.timelineKind(),s=t.rows.slice(-2e3).map(r=>{const o=ne("tr",{"data-entity-path":r.entity},ne("td","num",r.time===null?"static":Ec(i,r.time)),ne("td","",r.entity),ne("td",r.level?`level-${r.level.toUpperCase()}`:"",r.level??""),ne("td","",r.text));return r.color&&(o.lastElementChild.style.color=Io(r.color)),o.addEventListener("click",()=>{this.ctx.select({entityPath:r.entity}),r.time!==null&&this.ctx.seek(r.time)}),o});t.truncated&&s.unshift(ne("tr","",ne("td",{colspan:4,class:"hint"},"(older rows not shown)"))),this.tbody.replaceChildren(...s),this.stickToBottom&&(this.wrap.scrollTop=this.wrap.scrollHeight),this.ctx.rendered()}resize(){}dispose(){this.wrap.remove()}}const SP={kind:"TextLog",label:"Text log",create:(n,e)=>new yP(n,e)},l_={stroke:"#7d8c92",grid:{stroke:"rgba(255,255,255,0.07)",width:1},ticks:{stroke:"rgba(255,255,255,0.1)",width:1}};class bP{constructor(e,t){this.body=e,this.ctx=t,this.host.style.position="absolute",this.host.style.inset="0",e.append(this.host,this.legend),this.host.addEventListener("click",i=>{if(!this.plot)return;const s=this.plot.over.getBoundingClientRect();if(i.clientX<s.left||i.clientX>s.right)return;const r=this.plot.posToVal(i.clientX-s.left,"x");this.ctx.seek(r*this.xScale)})}body;ctx;plot=null;host=ne("div");legend=ne("div","legend");cursorTime=null;signature="";xScale=1;update(e){const t=e,i=this.ctx.timelineKind();this.xScale=i==="temporal"?1e9:1;const s=[];for(const a of t.series){const l=pi(this.ctx.array(a.times)),c=pi(this.ctx.array(a.values)),u=new Float64Array(l.length),h=new Array(c.length);for(let f=0;f<l.length;f++)u[f]=l[f]/this.xScale;for(let f=0;f<c.length;f++)h[f]=Number.isFinite(c[f])?c[f]:null;s.push([u,h])}const r=s.length?Bn.join(s,s.map(()=>[1])):[[]],o=JSON.stringify(t.series.map(a=>[a.entity,a.name,a.series_kind,a.color,a.width,a.marker_size]))+i;!this.plot||o!==this.signature?(this.signature=o,this.plot?.destroy(),this.plot=this.makePlot(t,r),this.renderLegend(t)):this.plot.setData(r),this.ctx.rendered()}makePlot(e,t){const i=this.ctx.timelineKind(),{width:s,height:r}=this.size(),o=this.xScale,a=[{}];for(const c of e.series){const u=Io(c.color);c.series_kind==="points"?a.push({label:c.name,stroke:u,paths:()=>null,points:{show:!0,size:Math.max(3,c.marker_size*2),stroke:u,fill:u,width:0}}):a.push({label:c.name,stroke:u,width:Math.max(.5,c.width),spanGaps:!1,points:{show:!1}})}const l={width:s,height:r,series:a,legend:{show:!1},cursor:{drag:{x:!0,y:!1},points:{show:!1}},scales:{x:{time:!1}},axes:[{...l_,values:(c,u)=>u.map(h=>Lh(i,h*o,(u.length>1?u[1]-u[0]:1)*o))},{...l_,size:50}],hooks:{draw:[c=>this.drawCursor(c)]}};return new Bn(l,t,this.host)}drawCursor(e){if(this.cursorTime===null)return;const t=e.valToPos(this.cursorTime/this.xScale,"x",!0);if(!Number.isFinite(t)||t<e.bbox.left||t>e.bbox.left+e.bbox.width)return;const i=e.ctx;i.save(),i.strokeStyle="rgba(232, 232, 232, 0.8)",i.lineWidth=1.5*devicePixelRatio,i.beginPath(),i.moveTo(t,e.bbox.top),i.lineTo(t,e.bbox.top+e.bbox.height),i.stroke(),i.restore()}renderLegend(e){this.legend.replaceChildren(...e.series.map(t=>{const i=ne("span","swatch");return i.style.background=Io(t.color),ne("div",{"data-entity-path":t.entity},ne("span","",t.name),i)})),this.legend.style.display=e.series.length?"":"none"}setTime(e){this.cursorTime=e,this.plot?.redraw(!1,!1)}size(){return{width:Math.max(50,this.body.clientWidth),height:Math.max(50,this.body.clientHeight)}}resize(){this.plot?.setSize(this.size())}dispose(){this.plot?.destroy(),this.host.remove(),this.legend.remove()}}const MP={kind:"TimeSeries",label:"Time series",create:(n,e)=>new bP(n,e)},EP=[tC,BR,MP,fS,rC,vP,SP],wP=new Map(EP.map(n=>[n.kind,n]));function Dd(n){return wP.get(n)}const TP={horizontal:"Horizontal",vertical:"Vertical",grid:"Grid",tabs:"Tabs"};class AP{constructor(e){this.cb=e,this.element=ne("div","blueprint-section",ne("div","panel-title",ne("span","","Blueprint")),this.tree)}cb;element;tree=ne("ul",{class:"tree","data-testid":"blueprint-tree"});expanded=new Set;layout=null;entities=[];set(e,t){this.layout=e,this.entities=[];const i=s=>{s.components.length&&this.entities.push(s.path),s.children.forEach(i)};t&&i(t),this.render()}render(){const e=[];this.layout?e.push(this.renderNode(this.layout,0,!0)):e.push(ne("li","hint","No views yet")),this.tree.replaceChildren(...e)}renderNode(e,t,i){const s=i&&e.visible,r=this.cb.selectedKey(),o=e.type==="container",a=o?e.children.length>0:!0,l=o?!this.expanded.has("closed:"+e.id):this.expanded.has(e.id),c=o?e.name||`${t===0?"Viewport":"Container"} (${TP[e.kind]??e.kind})`:e.name||e.origin,u=e.type==="view"?Dd(e.kind)?.label??e.kind:"",h=ne("span","toggle",a?Fi(l?"caretDown":"caretRight"):""),f=ne("button",{class:"vis",title:e.visible?"Hide":"Show","data-testid":"toggle-visible"},Fi(e.visible?"eye":"eyeOff")),d=ne("div",{class:`tree-row${s?"":" hidden-item"}${r==="view:"+e.id?" selected":""}`,"data-node-id":e.id,"data-node-type":e.type,title:e.type==="view"?`${u} view of ${e.origin}`:c},h,Fi(o?"container":"view"),ne("span",`label${o?" dim":""}`,c),f);d.style.paddingLeft=`${8+t*12}px`,h.addEventListener("click",x=>{x.stopPropagation();const m=o?"closed:"+e.id:e.id;this.expanded.has(m)?this.expanded.delete(m):this.expanded.add(m),this.render()}),f.addEventListener("click",x=>{x.stopPropagation(),this.cb.onToggleVisible(e.id)}),e.type==="view"&&d.addEventListener("click",()=>this.cb.onSelectView(e.id));const p=ne("li","",d);if(l){const x=ne("ul");if(e.type==="container")for(const m of e.children)x.append(this.renderNode(m,t+1,s));else for(const m of this.entities.filter(g=>tv(e.contents,g))){const g=ne("div",{class:`tree-row${r==="entity:"+m?" selected":""}`,"data-entity-path":m,title:m},ne("span","toggle",""),Fi("entity"),ne("span","label",m));g.style.paddingLeft=`${8+(t+1)*12}px`,g.addEventListener("click",()=>this.cb.onSelectEntity(m,e.id)),x.append(ne("li","",g))}p.append(x)}return p}}class RP{element;body=ne("div",{class:"selection","data-testid":"selection-panel"});constructor(){this.element=ne("div","",ne("div","panel-title","Selection"),this.body)}showRecording(e){if(!e){this.body.replaceChildren(ne("div","hint","Nothing selected"));return}const t=e.started_ns?new Date(e.started_ns/1e6).toISOString():"";this.body.replaceChildren(ne("h3","",e.application_id),ne("div","section","Recording"),Rh([["Recording ID",e.recording_id],["Application ID",e.application_id],["Source",e.source],["Started",t]]),ne("div","hint","Click an entity (in a view, the blueprint or the streams tree) to see its data."))}showView(e,t){this.body.replaceChildren(ne("h3","",e.name||e.origin),ne("div","section","View"),Rh([["Kind",t],["Origin",e.origin],["Contents",e.contents.join(`
`)],["Visible",e.visible?"yes":"no"]]))}showLoading(e,t){this.body.replaceChildren(ne("h3","",c_(e,t)),ne("div","hint","Loading…"))}showEntity(e,t,i,s){const r=ne("h3",{"data-testid":"selection-title"},c_(e,t));if(!i.length){this.body.replaceChildren(r,ne("div","hint",`No data at ${s}.`));return}const o=i.map(l=>[CP(l.name),l.text]),a=i.find(l=>l.time!==null);this.body.replaceChildren(r,ne("div","section",t!==null?`Instance ${t}`:"Components"),Rh(o,"component-values"),ne("div","hint",a?`Latest at ${s}`:"Static data"))}}function c_(n,e){return e!=null?`${n}[${e}]`:n}function CP(n){return n.replace(/^rerun\.(blueprint\.)?components\./,"")}function Rh(n,e){const t=ne("div",{class:"kv","data-testid":e});for(const[i,s]of n)t.append(ne("div",{class:"k",title:i},i),ne("div","v",s));return t}function DP(n,e,t){const i=e&&e.visible?lu(e,t):null;n.replaceChildren(...i?[i]:[])}function lu(n,e){if(n.type==="view")return e.tileFor(n.id);const t=n.children.filter(i=>i.visible);return n.kind==="tabs"?NP(n,t,e):n.kind==="grid"?IP(n,t,e):LP(n,t,e)}function Ho(n,e){const t=n[e];return typeof t=="number"&&t>0&&Number.isFinite(t)?t:1}function LP(n,e,t){const i=ne("div",`container ${n.kind}`),s=n.kind==="horizontal",r=[],o=e.map(a=>n.children.indexOf(a));return e.forEach((a,l)=>{l>0&&i.append(PP(n,r,o,l,s,t));const c=ne("div","cell");c.style.flex=`${Ho(n.shares,o[l])} 1 0`,c.append(lu(a,t)),r.push(c),i.append(c)}),i}function PP(n,e,t,i,s,r){const o=ne("div","splitter");return o.addEventListener("pointerdown",a=>{a.preventDefault(),o.setPointerCapture(a.pointerId),o.classList.add("dragging");const l=e[i-1],c=e[i],u=g=>s?g.getBoundingClientRect().width:g.getBoundingClientRect().height,h=u(l)+u(c),f=Ho(n.shares,t[i-1])+Ho(n.shares,t[i]),d=s?a.clientX:a.clientY,p=u(l),x=g=>{const v=s?g.clientX:g.clientY,M=Math.min(Math.max(p+v-d,30),h-30),y=n.children.map((T,b)=>Ho(n.shares,b));y[t[i-1]]=M/h*f,y[t[i]]=(h-M)/h*f,n.shares=y,l.style.flex=`${y[t[i-1]]} 1 0`,c.style.flex=`${y[t[i]]} 1 0`,window.dispatchEvent(new Event("resize"))},m=()=>{o.classList.remove("dragging"),o.removeEventListener("pointermove",x),o.removeEventListener("pointerup",m),r.onEdited(n)};o.addEventListener("pointermove",x),o.addEventListener("pointerup",m)}),o}function IP(n,e,t){const i=ne("div","container grid"),s=e.length,r=n.gridColumns&&n.gridColumns>0?n.gridColumns:Math.max(1,Math.ceil(Math.sqrt(s))),o=Math.max(1,Math.ceil(s/r));i.style.gridTemplateColumns=Array.from({length:r},(a,l)=>`${Ho(n.shares,l)}fr`).join(" "),i.style.gridTemplateRows=Array.from({length:o},(a,l)=>`${Ho(n.rowShares,l)}fr`).join(" ");for(const a of e){const l=ne("div","cell");l.append(lu(a,t)),i.append(l)}return i}function NP(n,e,t){const i=ne("div","container tabs"),s=e.find(a=>a.id===n.activeTab)??e[0],r=ne("div","tab-bar");for(const a of e){const l=a.name||(a.type==="view"?a.origin:a.kind),c=ne("button",{class:a===s?"active":"","data-tab":a.id},l);c.addEventListener("click",()=>{n.activeTab=a.id,t.onEdited(n)}),r.append(c)}e.length>1&&i.append(r);const o=ne("div","tab-body");return s&&o.append(lu(s,t)),i.append(o),i}const u_=22,Mr=12,FP=[.25,.5,1,2,4,8];class UP{constructor(e,t){this.time=e,this.cb=t;for(const r of FP)this.speedSelect.append(ne("option",{value:String(r),selected:r===1},`${r.toFixed(2)}x`));const i=ne("button",{"data-testid":"step-back",title:"Previous time with data"},Fi("stepBack")),s=ne("button",{"data-testid":"step-forward",title:"Next time with data"},Fi("stepForward"));this.element=ne("div",{class:"bottom-panel","data-testid":"time-panel"},ne("div","time-controls",this.followButton,this.playButton,i,s,this.loopButton,this.timelineSelect,this.speedSelect,this.current),ne("div",{class:"time-body"},this.names,this.lanes)),this.playButton.addEventListener("click",()=>e.togglePlay()),this.followButton.addEventListener("click",()=>e.setFollow()),this.loopButton.addEventListener("click",()=>e.toggleLoop()),i.addEventListener("click",()=>e.step(-1)),s.addEventListener("click",()=>e.step(1)),this.speedSelect.addEventListener("change",()=>e.setSpeed(Number(this.speedSelect.value))),this.timelineSelect.addEventListener("change",()=>t.onTimelineChosen(this.timelineSelect.value)),this.lanes.addEventListener("pointerdown",r=>this.startDrag(r)),window.addEventListener("keydown",r=>{r.target instanceof HTMLInputElement||r.target instanceof HTMLSelectElement||(r.code==="Space"?(r.preventDefault(),e.togglePlay()):r.code==="ArrowLeft"?e.step(-1):r.code==="ArrowRight"&&e.step(1))}),new ResizeObserver(()=>this.redrawLanes()).observe(this.lanes)}time;cb;element;timelineSelect=ne("select",{"data-testid":"timeline-select",title:"Timeline"});speedSelect=ne("select",{class:"speed",title:"Playback speed"});current=ne("span",{class:"current","data-testid":"current-time"});playButton=ne("button",{"data-testid":"play",title:"Play / pause (space)"},Fi("play"));followButton=ne("button",{"data-testid":"follow",title:"Follow the newest data"},Fi("follow"));loopButton=ne("button",{"data-testid":"loop",title:"Loop"},Fi("loop"));names=ne("div","streams-names");lanes=ne("div",{class:"streams-lanes","data-testid":"time-lanes"});ruler=ne("div",{class:"ruler","data-testid":"time-ruler"});scrubber=ne("div",{class:"scrubber","data-testid":"scrubber"});rows=[];root=null;expanded=new Set(["/"]);streams=new Map;aggregate=new Map;refreshControls(){const e=this.time,t=e.timelines.map(s=>s.name),i=[...this.timelineSelect.options].map(s=>s.value);t.join(`
`)!==i.join(`
`)&&this.timelineSelect.replaceChildren(...t.map(s=>ne("option",{value:s},s))),e.timeline&&(this.timelineSelect.value=e.timeline),this.playButton.replaceChildren(Fi(e.playing?"pause":"play")),this.playButton.classList.toggle("active",e.playing),this.followButton.classList.toggle("active",e.follow),this.loopButton.classList.toggle("active",e.loop),this.refreshTime()}refreshTime(){const e=this.time.current;this.current.textContent=e?Ec(e.kind,this.time.time):"no timeline",this.element.dataset.time=e?String(this.time.queryTime):"";const t=this.timeToX(this.time.time);this.scrubber.style.display=e?"":"none",t!==null&&(this.scrubber.style.left=`${t}px`)}setEntities(e){if(this.root=e,this.expanded.size===1)for(const t of e.children)t.children.length&&e.children.length<4&&this.expanded.add(t.path);this.rebuildRows()}setStreams(e){this.streams=new Map(e.map(i=>[i.entityPath,i])),this.aggregate.clear();const t=[];for(const i of e)for(let s=0;s<i.times.length;s++)t.push(i.times[s]);this.time.dataTimes=[...new Set(t)].sort((i,s)=>i-s),this.redrawLanes()}rebuildRows(){const e=[],t=[ne("div","title","Streams")],i=(s,r)=>{for(const o of s.children){const a=this.expanded.has(o.path),l=ne("span","toggle",o.children.length?Fi(a?"caretDown":"caretRight"):""),c=ne("div",{class:"tree-row","data-entity-path":o.path,title:o.path},l,Fi("entity"),ne("span","label",o.name+(o.children.length?"/":"")));c.style.paddingLeft=`${8+r*14}px`,this.cb.selectedEntity()===o.path&&c.classList.add("selected"),l.addEventListener("click",h=>{h.stopPropagation(),a?this.expanded.delete(o.path):this.expanded.add(o.path),this.rebuildRows()}),c.addEventListener("click",()=>this.cb.onSelectEntity(o.path)),t.push(c);const u=ne("canvas");e.push({node:o,depth:r,lane:u}),a&&i(o,r+1)}};this.root&&i(this.root,0),this.rows=e,this.names.replaceChildren(...t),this.lanes.replaceChildren(this.ruler,...e.map(s=>ne("div",{class:"lane","data-lane":s.node.path},s.lane)),this.scrubber),this.redrawLanes()}subtreeData(e){const t=this.aggregate.get(e.path);if(t)return t;const i=[],s=[],r=a=>{const l=this.streams.get(a.path);if(l)for(let c=0;c<l.times.length;c++)i.push(l.times[c]),s.push(l.counts[c]??1);for(const c of a.children)r(c)};r(e);const o={times:i,counts:s};return this.aggregate.set(e.path,o),o}range(){const e=this.time.current;return e?{min:e.min,max:e.max}:null}timeToX(e){const t=this.range(),i=this.lanes.clientWidth;return!t||i<=0?null:t.max<=t.min?Mr:Mr+(e-t.min)/(t.max-t.min)*(i-2*Mr)}xToTime(e){const t=this.range(),i=this.lanes.clientWidth;return!t||i<=2*Mr?null:t.max<=t.min?t.min:t.min+(e-Mr)/(i-2*Mr)*(t.max-t.min)}startDrag(e){if(e.button!==0)return;e.preventDefault();const t=r=>{const o=this.lanes.getBoundingClientRect(),a=this.xToTime(r.clientX-o.left);a!==null&&(this.time.pause(),this.time.seek(a))};this.lanes.setPointerCapture(e.pointerId),t(e);const i=r=>t(r),s=()=>{this.lanes.removeEventListener("pointermove",i),this.lanes.removeEventListener("pointerup",s)};this.lanes.addEventListener("pointermove",i),this.lanes.addEventListener("pointerup",s)}redrawLanes(){const e=this.lanes.clientWidth,t=this.time.current;this.drawRuler(e);const i=window.devicePixelRatio||1;for(const s of this.rows){const r=s.lane;r.width=Math.max(1,Math.floor(e*i)),r.height=Math.floor(u_*i);const o=r.getContext("2d");if(!o||!t)continue;o.scale(i,i);const{times:a,counts:l}=this.subtreeData(s.node);if(!a.length)continue;const c=Math.max(...l.slice(0,5e3),1),u=this.expanded.has(s.node.path)&&s.node.children.length>0;o.fillStyle=u?"rgba(200, 210, 215, 0.35)":"rgba(200, 210, 215, 0.85)";const h=new Float32Array(Math.ceil(e)+1);for(let f=0;f<a.length;f++){const d=this.timeToX(a[f]);if(d===null)continue;const p=Math.min(Math.max(Math.round(d),0),h.length-1);h[p]+=l[f]??1}for(let f=0;f<h.length;f++){if(!h[f])continue;const d=6+8*Math.min(1,h[f]/c);o.fillRect(f-1.5,(u_-d)/2,3,d)}}this.refreshTime()}drawRuler(e){const t=this.time.current;if(!t||e<=0){this.ruler.replaceChildren();return}if(t.max<=t.min){const l=ne("span","tick",Ec(t.kind,t.min));l.style.left=`${Mr}px`,this.ruler.replaceChildren(l);return}const s=(t.max-t.min)/Math.max(1,Math.floor(e/110)),r=OP(s,t.kind==="sequence"),o=[],a=Math.ceil(t.min/r)*r;for(let l=a;l<=t.max+1e-9&&o.length<60;l+=r){const c=this.timeToX(l);if(c===null)break;const u=ne("span","tick",Lh(t.kind,l,r));u.style.left=`${c}px`,o.push(u)}if(!o.length){const l=ne("span","tick",Lh(t.kind,t.min,r));l.style.left=`${Mr}px`,o.push(l)}this.ruler.replaceChildren(...o)}highlightSelection(e){for(const t of this.names.querySelectorAll(".tree-row"))t.classList.toggle("selected",t.dataset.entityPath===e)}}function OP(n,e){if(n<=0||!Number.isFinite(n))return 1;const t=Math.pow(10,Math.floor(Math.log10(n)));for(const i of[1,2,5,10]){const s=i*t;if(s>=n)return e?Math.max(1,Math.round(s)):s}return e?Math.max(1,Math.round(10*t)):10*t}class kP{constructor(e){this.cb=e;const t=["blueprint","time","selection"].map(i=>{const s=ne("button",{title:`Show/hide the ${i} panel`,"data-testid":`toggle-${i}`},i==="blueprint"?"◧":i==="time"?"⬓":"◨");return s.addEventListener("click",()=>e.onTogglePanel(i)),s});this.progressBox.style.display="none",this.element=ne("div","top-bar",ne("span","brand","pyrerun"),this.recordings,this.progressBox,this.progressText,this.status,...t)}cb;element;recordings=ne("div",{class:"recordings","data-testid":"recordings"});progressBox=ne("div",{class:"progress",title:"Loading"},ne("div"));progressText=ne("span",{"data-testid":"progress"});status=ne("span",{class:"status","data-testid":"status"});setRecordings(e,t){const i=e.map(s=>{const r=s.started_ns?new Date(s.started_ns/1e6).toISOString().slice(11,19)+"Z":"",o=ne("button",{class:s.store_id===t?"active":"","data-store-id":s.store_id,title:`${s.application_id}
${s.recording_id}
${s.source}`},s.application_id,r?ne("span","dim",` ${r}`):null);return o.addEventListener("click",()=>this.cb.onSelectRecording(s.store_id)),o});this.recordings.replaceChildren(...i),this.recordings.style.display="flex",this.recordings.style.gap="4px"}setProgress(e){if(!e||e.done){this.progressBox.style.display="none",this.progressText.textContent=e?.error?`Loading ${e.source} failed: ${e.error}`:"";return}this.progressBox.style.display="";const t=e.bytes_total?e.bytes_read/e.bytes_total:0;this.progressBox.firstElementChild.style.width=`${Math.round(t*100)}%`;const i=s=>(s/1e6).toFixed(1);this.progressText.textContent=e.bytes_total?`Loading ${i(e.bytes_read)} / ${i(e.bytes_total)} MB`:`Loading ${i(e.bytes_read)} MB`}setStatus(e,t=!1){this.status.textContent=e,this.status.classList.toggle("bad",t)}}const Ch="application/x-pyrerun-view";class BP{constructor(e){this.cb=e}cb;tiles=new Map;resizeObserver=new ResizeObserver(e=>{for(const t of e){const i=t.target.dataset.viewId;i&&this.tiles.get(i)?.instance?.resize()}});sync(e){const t=new Set(e.map(i=>i.id));for(const[i,s]of this.tiles)(!t.has(i)||!e.some(r=>r.id===i&&r.kind===s.view.kind))&&(s.instance?.dispose(),this.resizeObserver.unobserve(s.element),this.tiles.delete(i));for(const i of e){const s=this.tiles.get(i.id);s?(s.view=i,s.nameLabel.textContent=i.name||i.origin):this.tiles.set(i.id,this.createTile(i))}}tileFor(e){const t=this.tiles.get(e);return t?t.element:ne("div","view-empty","unknown view")}instance(e){return this.tiles.get(e)?.instance??null}setSelectedView(e){for(const[t,i]of this.tiles)i.header.classList.toggle("selected",t===e)}forEach(e){for(const[t,i]of this.tiles)i.instance&&e(t,i.instance)}createTile(e){const t=Dd(e.kind),i=ne("span","name",e.name||e.origin),s=ne("div",{class:"view-header",draggable:"true","data-view-header":e.id},Fi("view"),i),r=ne("div","view-body"),o=ne("div",{class:"view-tile","data-view-id":e.id,"data-view-kind":e.kind},s,r);s.addEventListener("click",()=>this.cb.onHeaderClick(e.id)),s.addEventListener("dragstart",l=>{l.dataTransfer?.setData(Ch,e.id),l.dataTransfer&&(l.dataTransfer.effectAllowed="move")}),o.addEventListener("dragover",l=>{l.dataTransfer?.types.includes(Ch)&&(l.preventDefault(),o.classList.add("drop-target"))}),o.addEventListener("dragleave",()=>o.classList.remove("drop-target")),o.addEventListener("drop",l=>{o.classList.remove("drop-target");const c=l.dataTransfer?.getData(Ch);c&&c!==e.id&&(l.preventDefault(),this.cb.onSwap(c,e.id))});let a=null;return t?a=t.create(r,this.cb.context(e.id)):r.append(ne("div","view-empty",`No viewer for view kind "${e.kind}"`)),this.resizeObserver.observe(o),{view:e,element:o,header:s,nameLabel:i,instance:a}}}const zP=768*1024*1024;class HP{connection;time=new iv;topBar;blueprint;selectionPanel=new RP;timePanel;viewHost;centre=ne("div",{class:"centre","data-testid":"viewport"});left;right;recordings=[];activeStore=null;userPickedRecording=!1;summary=null;incomingLayoutJson="";layout=null;edits=new Map;panels={blueprint:!0,selection:!0,time:!0};panelOverrides={};arrays=new Map;cacheBytes=0;nextRequest=1;viewQueries=new Map;selection=null;selectedViewId=null;selectionQuery={inFlight:null,dirty:!1};helloReceived=!1;loading=new Map;timelineSentFor="";constructor(e){this.connection=new pv({onMessage:t=>this.onMessage(t),onStatus:t=>this.onStatus(t)}),this.topBar=new kP({onSelectRecording:t=>{this.userPickedRecording=!0,this.switchRecording(t)},onTogglePanel:t=>{this.panelOverrides[t]=!this.panelShown(t),this.applyPanels()}}),this.blueprint=new AP({onToggleVisible:t=>this.toggleVisible(t),onSelectView:t=>this.selectView(t),onSelectEntity:(t,i)=>this.select({entityPath:t,viewId:i}),selectedKey:()=>this.selectedViewId?"view:"+this.selectedViewId:this.selection?"entity:"+this.selection.entityPath:null}),this.timePanel=new UP(this.time,{onSelectEntity:t=>this.select({entityPath:t}),onTimelineChosen:t=>this.time.selectTimeline(t),selectedEntity:()=>this.selection?.entityPath??null}),this.viewHost=new BP({context:t=>this.viewContext(t),onHeaderClick:t=>this.selectView(t),onSwap:(t,i)=>{this.layout&&Xd(this.layout,t,i)&&this.relayout()}}),this.left=ne("div",{class:"left-panel","data-testid":"blueprint-panel"},this.blueprint.element),this.right=ne("div",{class:"right-panel"},this.selectionPanel.element),e.replaceChildren(this.topBar.element,this.left,this.centre,this.right,this.timePanel.element),this.time.onChange(t=>this.onTimeChange(t)),this.renderWelcome("Connecting to the viewer server…"),this.setRendered(!1),this.connection.open()}onStatus(e){if(e==="open"){this.topBar.setStatus("Connected"),this.arrays.clear(),this.cacheBytes=0,this.timelineSentFor="";for(const t of this.viewQueries.values())t.inFlight=null,t.dirty=!0;this.selectionQuery={inFlight:null,dirty:this.selection!==null}}else e==="closed"?this.topBar.setStatus("Disconnected from the viewer server, reconnecting…",!0):this.topBar.setStatus("Connecting…")}onMessage(e){switch(e.type){case"hello":return this.onHello(e);case"recording_summary":return this.onSummary(e);case"streams":return this.onStreams(e);case"view_data":return this.onViewData(e);case"selection":return this.onSelection(e);case"progress":return this.onProgress(e);case"notice":this.topBar.setStatus(e.text,e.level!=="info");return;case"error":console.error("server error:",e.text),e.request_id!==null&&this.requestFailed(e.request_id);return;default:console.warn("unknown message",e)}}onHello(e){this.helloReceived=!0,this.recordings=e.recordings;const t=this.activeStore!==null&&e.recordings.some(s=>s.store_id===this.activeStore);let i=this.activeStore;(!t||!this.userPickedRecording)&&(i=e.active??e.recordings[e.recordings.length-1]?.store_id??null),this.topBar.setRecordings(this.recordings,i),(i!==this.activeStore||i&&!this.summary)&&(i?this.switchRecording(i):this.renderWelcome(null)),i||this.updateRendered()}switchRecording(e){this.activeStore!==e&&(this.activeStore=e,this.summary=null,this.layout=null,this.incomingLayoutJson="",this.selection=null,this.selectedViewId=null,this.time.timeline=null,this.time.follow=!0,this.timelineSentFor="",this.viewQueries.clear(),this.renderWelcome("Loading recording…")),this.topBar.setRecordings(this.recordings,e),this.connection.send({type:"select_recording",store_id:e}),this.showSelection(),this.setRendered(!1)}onSummary(e){if(e.store_id!==this.activeStore)return;const t=ev(e),i=this.summary===null;this.summary=t,this.panels=t.panels,this.applyPanels(),this.time.setTimelines(t.timelines,this.time.timeline),this.sendTimeline();const s=JSON.stringify(e.blueprint.root);(s!==this.incomingLayoutJson||i)&&(this.incomingLayoutJson=s,this.layout=t.layout,p_(this.layout,this.edits),this.relayout()),this.blueprint.set(this.layout,t.entityRoot),this.timePanel.setEntities(t.entityRoot),this.timePanel.refreshControls(),this.invalidateViews(),this.selection&&this.querySelection()}onStreams(e){e.store_id!==this.activeStore||e.timeline!==this.time.timeline||this.timePanel.setStreams(e.entities.map(t=>{const i=t.times.data,s=t.counts.data;return{entityPath:t.path,counts:s,times:i}}))}onViewData(e){for(const[s,r]of Object.entries(e.arrays)){const o=r;this.arrays.has(s)||(this.cacheBytes+=o.data.byteLength),this.arrays.set(s,o)}const t=this.viewQueries.get(e.view_id);if(!t||t.inFlight!==e.request_id||e.store_id!==this.activeStore)return;t.inFlight=null,t.received=!0;const i=this.viewHost.instance(e.view_id);if(i){t.rendered=!1;try{i.update(e.payload),i.setTime?.(this.time.timeline?this.time.queryTime:null)}catch(s){console.error(`view ${e.view_id} failed to draw`,s),t.rendered=!0}}else t.rendered=!0;t.dirty&&this.pumpViews(),this.updateRendered(),this.cacheBytes>zP&&[...this.viewQueries.values()].every(s=>s.inFlight===null)&&(this.arrays.clear(),this.cacheBytes=0,this.connection.send({type:"reset_cache"}))}requestFailed(e){for(const t of this.viewQueries.values())t.inFlight===e&&(t.inFlight=null,t.rendered=!0,t.received=!0);this.selectionQuery.inFlight===e&&(this.selectionQuery.inFlight=null),this.updateRendered()}onSelection(e){if(this.selectionQuery.inFlight===e.request_id){if(this.selectionQuery.inFlight=null,this.selectionQuery.dirty)return this.querySelection();!this.selection||this.selection.entityPath!==e.entity_path||this.selectionPanel.showEntity(e.entity_path,e.instance,e.components,Ec(this.time.current?.kind,this.time.queryTime))}}onProgress(e){e.done?this.loading.delete(e.source):this.loading.set(e.source,e),this.topBar.setProgress(e.done?e:[...this.loading.values()][0]??null),this.updateRendered()}onTimeChange(e){if(e==="timeline"?(this.sendTimeline(),this.timePanel.refreshControls(),this.timePanel.redrawLanes()):e==="playback"?this.timePanel.refreshControls():this.timePanel.refreshTime(),e==="time"||e==="timeline"){const t=this.time.timeline?this.time.queryTime:null;this.viewHost.forEach((i,s)=>s.setTime?.(t)),this.invalidateViews(),this.selection&&this.querySelection()}}sendTimeline(){const e=`${this.activeStore}/${this.time.timeline}`;!this.activeStore||!this.time.timeline||e===this.timelineSentFor||this.connection.send({type:"set_timeline",store_id:this.activeStore,timeline:this.time.timeline})&&(this.timelineSentFor=e)}queryTime(){return this.time.timeline?this.time.follow?null:this.time.queryTime:null}relayout(){const e=[...d_(this.layout)];this.viewHost.sync(e),this.layout?DP(this.centre,this.layout,{tileFor:t=>this.viewHost.tileFor(t),onEdited:t=>{this.edits.set(t.id,{shares:t.shares,rowShares:t.rowShares,activeTab:t.activeTab}),this.relayout()},onSwap:(t,i)=>{this.layout&&Xd(this.layout,t,i)&&this.relayout()}}):this.renderWelcome(this.summary?"This recording has nothing to show yet.":"Loading recording…");for(const t of this.viewQueries.keys())e.some(i=>i.id===t)||this.viewQueries.delete(t);this.viewHost.forEach((t,i)=>i.resize()),this.blueprint.set(this.layout,this.summary?.entityRoot??null),this.invalidateViews()}toggleVisible(e){const t=mc(this.layout,e);t&&(t.visible=!t.visible,this.edits.set(e,{...this.edits.get(e)??{},visible:t.visible}),this.relayout())}invalidateViews(){for(const e of za(this.layout)){let t=this.viewQueries.get(e.id);t||(t={inFlight:null,dirty:!0,rendered:!1,received:!1},this.viewQueries.set(e.id,t)),t.dirty=!0}this.pumpViews()}pumpViews(){if(!(!this.activeStore||!this.summary)){for(const e of za(this.layout)){const t=this.viewQueries.get(e.id);if(!t||!t.dirty||t.inFlight!==null)continue;const i=this.nextRequest++;if(!this.connection.send({type:"query_view",request_id:i,store_id:this.activeStore,view_id:e.id,kind:e.kind,origin:e.origin,contents:e.contents,timeline:this.time.timeline,time:this.queryTime()}))return;t.inFlight=i,t.dirty=!1,t.received||(t.rendered=!1)}this.updateRendered()}}viewContext(e){return{array:t=>t?this.arrays.get(t):void 0,select:t=>this.select(t?{...t,viewId:e}:null),selection:()=>this.selection,seek:t=>this.time.seek(t),timelineKind:()=>this.time.current?.kind,props:()=>{const t=mc(this.layout,e);return t&&t.type==="view"?t.props:{}},rendered:()=>{const t=this.viewQueries.get(e);t&&t.received&&(t.rendered=!0,this.updateRendered())}}}select(e){this.selection=e,this.viewHost.forEach((t,i)=>i.setSelection?.(e)),this.selectedViewId=null,this.viewHost.setSelectedView(null),this.timePanel.highlightSelection(e?.entityPath??null),this.blueprint.render(),this.showSelection(),e&&this.querySelection()}selectView(e){this.selection=null,this.viewHost.forEach((t,i)=>i.setSelection?.(null)),this.selectedViewId=e,this.viewHost.setSelectedView(e),this.timePanel.highlightSelection(null),this.blueprint.render(),this.showSelection()}showSelection(){if(this.selectedViewId){const e=mc(this.layout,this.selectedViewId);if(e&&e.type==="view")return this.selectionPanel.showView(e,Dd(e.kind)?.label??e.kind)}if(this.selection)return this.selectionPanel.showLoading(this.selection.entityPath,this.selection.instance);this.selectionPanel.showRecording(this.recordings.find(e=>e.store_id===this.activeStore)??null)}querySelection(){if(!this.selection||!this.activeStore)return;if(this.selectionQuery.inFlight!==null){this.selectionQuery.dirty=!0;return}const e=this.nextRequest++,t=this.connection.send({type:"query_selection",request_id:e,store_id:this.activeStore,entity_path:this.selection.entityPath,instance:this.selection.instance??null,timeline:this.time.timeline,time:this.queryTime()});this.selectionQuery={inFlight:t?e:null,dirty:!1}}panelShown(e){return this.panelOverrides[e]??this.panels[e]}applyPanels(){this.left.classList.toggle("collapsed",!this.panelShown("blueprint")),this.right.classList.toggle("collapsed",!this.panelShown("selection")),this.timePanel.element.classList.toggle("collapsed",!this.panelShown("time"))}renderWelcome(e){this.centre.replaceChildren(ne("div","welcome",ne("h1","","pyrerun viewer"),e?ne("div","",e):ne("div","","Waiting for data: log with ",ne("code","","rr.init(..., spawn=True)")," or ",ne("code","","rr.connect()"))))}updateRendered(){if(!this.helloReceived||this.loading.size>0)return this.setRendered(!1);if(!this.activeStore)return this.setRendered(!0);if(!this.summary)return this.setRendered(!1);for(const e of za(this.layout)){const t=this.viewQueries.get(e.id);if(!t||!t.received||!t.rendered||t.inFlight!==null)return this.setRendered(!1)}this.setRendered(!0)}setRendered(e){const t=e?"true":"false";document.body.dataset.rendered!==t&&(document.body.dataset.rendered=t)}}const h_=document.getElementById("app");h_&&new HP(h_);
