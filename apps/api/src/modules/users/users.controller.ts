import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiTags } from '@nestjs/swagger';
import type { Page, RoleAssignmentDto, UserDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AssignRoleDto, CreateUserDto, ListUsersQuery, UpdateMyProfileDto, UpdateUserDto } from './users.dto';
import { toUserDto, UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Names and e-mails of colleagues, e.g. to choose who is responsible for a measure; active ones; admins may ask for the deactivated ones (`status`). */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<Page<UserDto>> {
    if (query.status !== 'active') requireAdmin(actor, 'list deactivated users');
    return this.users.list(query.q, query.status, query.page, query.pageSize);
  }

  @Patch('me')
  updateMe(@CurrentActor() actor: Actor, @Body() dto: UpdateMyProfileDto): Promise<UserDto> {
    return this.users.update(actor, actor.userId, dto);
  }

  @Get(':id')
  async get(@Param('id', ParseIdPipe) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    requireAdmin(actor, 'create users');
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    requireAdmin(actor, 'change other users');
    return this.users.update(actor, id, dto);
  }

  @Get(':id/roles')
  roles(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<RoleAssignmentDto[]> {
    if (id !== actor.userId) requireAdmin(actor, "read other users' roles");
    return this.users.roles(id);
  }

  @Post(':id/roles')
  assignRole(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AssignRoleDto): Promise<RoleAssignmentDto[]> {
    requireAdmin(actor, 'assign roles');
    return this.users.assignRole(actor, id, dto);
  }

  @Delete(':id/roles/:assignmentId')
  removeRole(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Param('assignmentId', ParseIdPipe) assignmentId: string,
  ): Promise<RoleAssignmentDto[]> {
    requireAdmin(actor, 'remove roles');
    return this.users.removeRole(actor, id, assignmentId);
  }
}
